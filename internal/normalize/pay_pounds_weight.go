package normalize

import (
	"regexp"
	"strings"
)

// liftVerb is handling a load, said just before an amount of pounds:
// "lift 50 pounds daily", "carry up to 45 pounds", "pushing and pulling 60
// pounds weekly".
var liftVerb = regexp.MustCompile(`(?i)\b(?:lift|lifts|lifted|lifting|carry|carries|carrying|push|pushes|pushing|pull|pulls|pulling|move|moves|moving|handle|handles|handling|hoist|hoisting|weigh|weighs|weighing|weight|load|loads|loading|unload|unloading|bear|bearing)\b`)

// weightPayWord is a pay word between the verb and the amount, which
// makes the pounds money again ("handle payroll; salary 40,000 pounds").
var weightPayWord = regexp.MustCompile(`(?i)\b(?:pay|paid|earn|earns|earning|salary|wage|wages|rate|stipend|income)\b`)

// poundsWeight reports written-out pounds that are a weight: a lifting
// verb at most 40 bytes before them in the same sentence, with no pay
// word between ("Must be able to lift 50 pounds daily" is a load carried
// every day, not £50 a day). The pound sign and "GBP" stay money.
func poundsWeight(m money, before string) bool {
	if !m.word || m.currency != "GBP" {
		return false
	}
	before = before[max(0, len(before)-40):]
	if i := strings.LastIndexAny(before, ".!?\n;"); i >= 0 {
		before = before[i+1:]
	}
	return liftVerb.MatchString(before) && !weightPayWord.MatchString(before)
}
