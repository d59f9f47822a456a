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
	seniorTitle = newCueRegexp(`(?i)\b(?:senior|sr\.?|staff|principal|head of|director|vp|vice president|chief)\b`)
	// metaSep separates the fields of a board's summary line: "Acme ·
	// Lagos, Nigeria · Remote", "Berlin | Full-time | Senior Engineer".
	metaSep = regexp.MustCompile(`\s*[·•|]\s*`)
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
		if hasMetaSep(line) { // metaSep.MatchString (guard_meta_title.go)
			fields = metaSep.Split(line, -1)
		}
		for _, f := range fields {
			f = strings.Trim(strings.TrimSpace(f), ".!*_")
			if f == "" {
				continue
			}
			if len(strings.Fields(f)) > 3 {
				if t := typeLineWithLength(f); t != model.TypeUnknown {
					return t // "Internship for 6 months" (type_line_duration.go)
				}
				continue
			}
			if verbPeopleLine(f) || contractedOnlyLine(f) { // "Mentor interns", "the contracted muscle" (type_line_contracted.go)
				continue
			}
			switch t := MapEmploymentType(f); t {
			case model.TypeFullTime, model.TypePartTime, model.TypeContract, model.TypeInternship:
				return t
			}
			if t := cyrillicTypeLine(f); t != model.TypeUnknown {
				return t // "Полная занятость.", "Граждански договор" (type_lines_cyrillic.go)
			}
			if t := cyrillicFreelanceWord(f); t != model.TypeUnknown {
				return t // a line that is "Фриланс" alone (type_lines_cyrillic_freelance.go)
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
		if len(line) > 200 || !hasMetaSep(line) { // metaSep.MatchString (guard_meta_title.go)
			continue
		}
		for _, f := range metaSep.Split(strings.TrimSpace(line), -1) {
			f = strings.TrimSpace(f)
			if len(f) > 80 {
				continue
			}
			if metaPlaceField(f) {
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
// A word before it must be "fully" or name a region ("CA REMOTE", "Brazil
// remote").
var metaPlaceWord = regexp.MustCompile(`(?i)^(?:(fully|100%|[\p{L}.]+(?:\s[\p{L}.]+)?)[\s-]+)?(?:remote|hybrid|on-?site|on site|in[- ]office|in[- ]person)(?:\s+(?:only|first|friendly|ok))?(?:\s*\([^()]{0,60}\))?$`)

// metaPlaceField reports a summary-line field that is a workplace.
func metaPlaceField(f string) bool {
	m := metaPlaceWord.FindStringSubmatch(f)
	if m == nil {
		return false
	}
	w := m[1]
	if w == "" || strings.EqualFold(w, "fully") || w == "100%" {
		return true
	}
	_, code := regionCodes[w]
	_, name := regionNames[strings.ToLower(w)]
	return code || name
}

// More type wording in a description (table tests in
// region_requirements_test.go).
var (
	// bodyPermanent is a permanent post: "Permanent position with
	// benefits", "Perm role".
	// French writes the noun first: "un poste permanent", "contrat permanent".
	bodyPermanent = newKeyRegexp(`(?i)\b(?:permanent|perm)\s+(?:full[- ]time\s+)?(?:position|role|job|post|contract|opportunity|hire|vacancy)\b|\b(?:poste|emploi|contrat)\s+permanent\b`, 12, 40, "perm")
	// bodyFullRole is full time before a role's name: "Full-time Python
	// Developer role".
	bodyFullRole = newKeyRegexp(`(?i)\bfull[- ]?time\s+(?:[\p{L}+#./-]+\s+){1,3}(?:role|position|job|vacancy|opening)\b`, 10, 60, "full")
	// bodyContractExtra is contract wording the other cues miss: "looking
	// for an experienced contractor", "a freelance graphic designer",
	// "freelance help", a fixed-term contract ("FTC") or maternity cover
	// ("temporary cover for parental leave").
	bodyContractExtra = newKeyRegexp(`(?i)\b(?:(?:hiring|hire|seeking|looking for|need|engage|searching for)\s+an?\s+(?:[\p{L}-]+\s+){0,2}(?:contractor|freelancer)s?|`+
		`freelance\s+(?:[\p{L}'’-]+\s+){0,2}(?:designer|developer|writer|editor|translator|illustrator|photographer|videographer|engineer|consultant|copywriter|artist|animator|marketer|tutor|analyst|specialist|assistant|help|support|work)s?|`+
		`(?-i:FTC)|(?:maternity|paternity|parental)\s+(?:leave\s+)?cover|covering\s+(?:a\s+|an\s+)?(?:maternity|paternity|parental)\s+leave|`+
		`(?:temporary|temp|fixed[- ]term|interim)\s+cover\s+for\s+(?:a\s+|an\s+)?(?:maternity|paternity|parental|adoption|sick(?:ness)?)\s+leave)\b`, 60, 60,
		"contractor", "freelance", "ftc", "cover")
)

// bodySchedule is a part-time schedule or hours: "on a flexible part-time
// schedule", "part-time hours".
var bodySchedule = newKeyRegexp(`(?i)\bpart[- ]?time\s+(?:schedule|hours|shifts?|work(?:load)?|commitment)\b`, 10, 30, "part")
