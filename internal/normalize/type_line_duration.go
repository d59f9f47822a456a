package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A description line may state the employment type with its length:
// "Internship for 6 months", "Contract of 12 weeks", "Internship (3
// months)", "Paid internship - 10 weeks". A set length does not change an
// internship or a contract, so typeLine reads such a line as the type
// before the length. Full- and part-time lines with a length are left as
// typeLine reads them (a set length makes them fixed-term, which is not
// this reader's to say), and longer sentences ("after a 6 month internship
// you will join full time") are not type lines.

// typeLineLength is a short type phrase followed by a length: the first
// group is the phrase.
var typeLineLength = regexp.MustCompile(`(?i)^(\S.{2,38}?)\s*(?:[,(–—:-]\s*|\s+(?:for|of|lasting)\s+(?:a\s+(?:period\s+of\s+|term\s+of\s+)?|about\s+|up\s+to\s+)?)` +
	`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*(?:-|–|to)\s*\d{1,2})?[- ]?(?:months?|weeks?|mos?\.?|wks?\.?)\)?$`)

// typeLineWithLength is the type of field f, a line or a summary field,
// when it is an internship or contract phrase followed by its length;
// unknown otherwise.
func typeLineWithLength(f string) model.JobType {
	if len(f) > 64 || !endsWithLengthWord(f) {
		return model.TypeUnknown
	}
	m := typeLineLength.FindStringSubmatch(f)
	if m == nil {
		return model.TypeUnknown
	}
	head := strings.TrimSpace(m[1])
	if len(strings.Fields(head)) > 3 || verbPeopleLine(head) {
		return model.TypeUnknown
	}
	switch t := MapEmploymentType(head); t {
	case model.TypeInternship, model.TypeContract:
		return t
	}
	return model.TypeUnknown
}

// endsWithLengthWord reports whether f ends with a month or week word,
// past a closing bracket or a full stop: the cheap test before the regexp.
func endsWithLengthWord(f string) bool {
	f = strings.TrimRight(f, ").")
	i := strings.LastIndexAny(f, " -(0123456789")
	switch strings.ToLower(f[i+1:]) {
	case "month", "months", "week", "weeks", "mo", "mos", "wk", "wks":
		return true
	}
	return false
}
