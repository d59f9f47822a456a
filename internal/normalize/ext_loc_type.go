package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

var (
	// bodyEnrolled is a role for students now studying: "you must be
	// currently enrolled in a degree program", "open to rising seniors".
	// A student-only role with no other type is an internship.
	bodyEnrolled = newKeyRegexp(`(?i)\b(?:(?:must|should|need to|needs to|will need to)\s+be\s+(?:an?\s+)?(?:currently\s+)?enrolled|(?:applicants|candidates|you)\s+(?:must\s+be\s+|should\s+be\s+|are\s+)?currently\s+enrolled|rising\s+(?:sophomores?|juniors?|seniors?|second[- ]years?|third[- ]years?|final[- ]years?))\b`, 60, 30, "enrolled", "rising")
	// seniorTitle is a title for an experienced hire: an internship named
	// only in its description is some other programme of the employer's
	// ("We also run a summer internship").
	seniorTitle = regexp.MustCompile(`(?i)\b(?:senior|sr\.?|staff|principal|head of|director|vp|vice president|chief)\b`)
	// metaSep separates the fields of a board's summary line: "Acme ·
	// Lagos, Nigeria · Remote", "Berlin | Full-time | Senior Engineer".
	metaSep = regexp.MustCompile(`\s+[·•|]\s+|\s*[·•]\s*`)
)

// typeLine reads a description line that is only an employment type
// ("Part time", "Freelance gig") or a field of a summary line that is one
// ("Full-time · 3 weeks ago · 47 applicants"): full-time, part-time,
// contract or internship; unknown when there is none.
func typeLine(text string) model.JobType {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" || len(line) > 160 {
			continue
		}
		fields := []string{line}
		if metaSep.MatchString(line) {
			fields = metaSep.Split(line, -1)
		}
		for _, f := range fields {
			f = strings.Trim(strings.TrimSpace(f), ".!*_")
			if f == "" || len(strings.Fields(f)) > 3 {
				continue
			}
			switch t := MapEmploymentType(f); t {
			case model.TypeFullTime, model.TypePartTime, model.TypeContract, model.TypeInternship:
				return t
			}
		}
	}
	return model.TypeUnknown
}

// metaPlace reads a summary line's workplace field: "Acme · Lagos, Nigeria
// · Remote", "US REMOTE | Full-time", "Hybrid | London"; unknown when no
// line has one.
func metaPlace(text string) (model.Remote, string) {
	for line := range strings.Lines(text) {
		if len(line) > 200 || !metaSep.MatchString(line) {
			continue
		}
		for _, f := range metaSep.Split(strings.TrimSpace(line), -1) {
			f = strings.TrimSpace(f)
			if len(strings.Fields(f)) > 3 {
				continue
			}
			if metaPlaceWord.MatchString(f) {
				switch w := strings.ToLower(f); {
				case strings.Contains(w, "hybrid"):
					return model.RemoteHybrid, f
				case strings.Contains(w, "remote"):
					return model.RemoteRemote, f
				default:
					return model.RemoteOnsite, f
				}
			}
		}
	}
	return model.RemoteUnknown, ""
}

// metaPlaceWord is a workplace field of a summary line: "Remote", "US
// Remote", "Fully remote", "Hybrid", "On-site", "In office".
var metaPlaceWord = regexp.MustCompile(`(?i)^(?:(?:fully|100%|us|usa|uk|eu|emea|apac|latam)\s+)?(?:remote|hybrid|on-?site|on site|in[- ]office|in[- ]person)(?:\s+(?:only|first|friendly|ok))?$`)
