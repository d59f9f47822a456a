package normalize

import (
	"regexp"
	"strings"
)

// A commission figure on its own is not the pay of the role: "Eligible for
// a target commission of $27,000 annually", "uncapped commission of up to
// $40k". judge read the figure (with its "annually") as a year's salary.
// commissionAloneBefore is "commission" (with "target", "annual",
// "uncapped" ...) and "of", ":" or "is" right before the amount, with no
// base or salary word joined to it just before ("base plus commission of",
// "salary + commission:" name the whole pay and stay read).
var (
	commissionAloneRe    = regexp.MustCompile(`(?i)\bcommissions?\s*(?:of|is|are|at|:|=|-|–)\s*(?:up\s+to\s*)?$`)
	commissionJoinedWord = regexp.MustCompile(`(?i)\b(?:base|basic|salary|wages?|pay|ote|earnings|income|compensation|comp|package|total|including|incl|plus|with)\b|[+&]|\(`)
)

func commissionAloneBefore(before string) bool {
	i := strings.LastIndex(strings.ToLower(before), "commission")
	if i < 0 || !commissionAloneRe.MatchString(before) {
		return false
	}
	lead := before[max(0, i-30):i]
	return !commissionJoinedWord.MatchString(lead)
}
