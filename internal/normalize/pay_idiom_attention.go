package normalize

import (
	"regexp"
	"strings"
)

// "Pay attention", "pay close attention", "pay heed", "pay a visit", "pay
// tribute" use the verb "pay" with no money in it. judge took the word "pay"
// before a bare small range ("Pay attention: tickets cost $30 - $40") as
// the pay cue and read the range as an hourly rate. payWordBefore is
// payWord on the text before the amount with those idioms blanked out.
var payIdiomRe = regexp.MustCompile(`(?i)\bpa(?:y|ys|id|ying)\s+(?:(?:close|careful|special|extra|more|little|no)\s+)?(?:attention|heed|tribute|respects?|homage|a\s+visit|visits?|a\s+compliment|compliments?|lip\s+service)\b`)

func payWordBefore(before string) bool {
	if !payWord.MatchString(before) {
		return false
	}
	if !containsFold(before, "attention") && !containsFold(before, "heed") && !containsFold(before, "tribute") && !containsFold(before, "respect") && !containsFold(before, "homage") && !containsFold(before, "visit") && !containsFold(before, "compliment") && !containsFold(before, "lip service") {
		return true
	}
	masked := payIdiomRe.ReplaceAllStringFunc(before, func(s string) string { return strings.Repeat(" ", len(s)) }) // offsets stay put
	return payWord.MatchString(masked)
}
