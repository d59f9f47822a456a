package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// hiringInternBody is a description that says whom it hires, and that is
// an intern: "We are hiring a software engineering intern", "We're looking
// for two marketing interns", "seeking an intern". At most three words
// stand between the article and the noun, so "seeking a senior engineer
// to mentor an intern" is not one; a role that runs interns ("hiring an
// intern program coordinator") is cut by the word after the noun. A
// word may carry an apostrophe ("the director's office intern").
var hiringInternBody = newKeyRegexp(`(?i)\b(?:hiring|seeking|looking for|recruiting|searching for|to hire|we(?:'re| are) after)\s+(?:an?|one|two|three|four|five|several|multiple|\d{1,2})\s+(?:[\w'’-]+\s+){0,3}?interns?\b(\s+(?:program(?:me)?|coordinator|manager|recruiter|mentor|supervisor|lead|cohort|team)\b)?`,
	80, 30, "intern")

type hiringInternCue struct{}

func (hiringInternCue) MatchString(text string) bool {
	for _, m := range hiringInternBody.FindAllStringSubmatchIndex(text, 4) {
		if m[2] < 0 && !pastContext(text, m[0]) {
			return true
		}
	}
	return false
}

// openingHoursType is the hours a description names as its first words:
// "Full-time new graduate program.", "Part-time, evenings". Boards that
// write the type first write it so; a description opening with both
// ("Full-time or part-time") or with the hours of something else in its
// first sentence ("Full-time MBA required", "Full-time employee benefits
// are available") is left alone, and so is one about the people who work
// those hours ("Full-time staff get a gym pass").
func openingHoursType(text string) model.JobType {
	s := strings.TrimLeft(text, " \t\r\n*#>-•·")
	if len(s) < 9 {
		return model.TypeUnknown
	}
	head := strings.ToLower(s[:min(len(s), 10)])
	var t model.JobType
	var rest string
	switch {
	case strings.HasPrefix(head, "full-time"), strings.HasPrefix(head, "full time"):
		t, rest = model.TypeFullTime, s[9:]
	case strings.HasPrefix(head, "part-time"), strings.HasPrefix(head, "part time"):
		t, rest = model.TypePartTime, s[9:]
	default:
		return openingGermanHoursType(s) // "Vollzeit, ab sofort" (type_body_opening_german_hours.go)
	}
	if rest != "" && isLetterByte(rest[0]) || fullDeniedAfter.MatchString(rest) { // "Full-time position is not available" (type_body_kind_choices.go)
		return model.TypeUnknown
	}
	sentence := rest
	if i := strings.IndexAny(sentence, ".\n!?"); i >= 0 {
		sentence = sentence[:i]
	}
	low := strings.ToLower(sentence)
	for _, w := range []string{"part-time", "part time", "full-time", "full time", " or ", "/", " and ", "mba", "degree", "student", "study", "studies", "benefit",
		"staff", "employee", "worker", "member", "colleague", "eligib", " get ", " receive", " enjoy"} {
		if strings.Contains(low, w) {
			return model.TypeUnknown
		}
	}
	return t
}
