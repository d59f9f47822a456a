package normalize

import (
	"regexp"
	"strings"
)

// A description line that is a role name with "full-time" after a comma
// or dash, the way a title states it: "Warehouse associate, full-time",
// "Night auditor - full time". The title cues read that shape in a
// title; a listing that repeats its heading in the text, or has only
// the text, states its hours the same way.

// roleLineFull is such a line: a few words of a role name, then the
// hours at the line's end.
var roleLineFull = regexp.MustCompile(`(?im)^[ \t]*([\p{L}][\p{L} &/.'-]{2,60}?)[ \t]*(?:,|[–-])[ \t]*full[- ]time[ \t]*\.?[ \t]*$`)

// roleLineOther are words that make the part before the hours a list of
// kinds or a sentence rather than a role name: "part-time, full-time",
// "we hire temps, full-time".
var roleLineOther = regexp.MustCompile(`(?i)\b(?:part|time|hours?|contract\w*|temp\w*|interns?|internships?|freelance\w*|seasonal|or|and|we|you|our|is|are|both)\b`)

// roleLineFullBody matches text holding a role line that ends in
// full-time.
type roleLineFullBody struct{}

func (roleLineFullBody) MatchString(text string) bool {
	if !hasFold(text, ", full") && !hasFold(text, "- full") && !hasFold(text, "– full") {
		return false // the hours after a comma or dash: most texts have none
	}
	for _, m := range roleLineFull.FindAllStringSubmatch(text, 4) {
		if len(strings.Fields(m[1])) <= 6 && !roleLineOther.MatchString(m[1]) {
			return true
		}
	}
	return false
}
