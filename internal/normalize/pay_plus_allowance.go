package normalize

import (
	"regexp"
	"strings"
)

// A salary with an allowance added after a spaced plus ("$110,000 + daily
// site allowance", "$80k + travel allowance") is the salary: the words after
// the plus name the add-on, not the amount. benefitStipend reads "+ travel
// allowance" right after an amount as that amount being the allowance, as
// it is when the plus is glued to the figure ("$500+ housing stipend"), and
// unitAfter read "daily" of "+ daily site allowance" as the salary's period
// (so a yearly salary became an implausible day rate and was dropped).

// spacedPlusAfter reports that the text after the amount m opens with a plus
// set apart from the figure by white space: "$80k + ...", "$80,000 + ...".
func spacedPlusAfter(text string, m money) bool {
	rest := text[m.end:]
	lead := len(rest) - len(strings.TrimLeft(rest, " \t"))
	if lead >= len(rest) || rest[lead] != '+' {
		return false
	}
	return lead > 0 || m.end > 0 && (text[m.end-1] == ' ' || text[m.end-1] == '\t')
}

// allowanceNounAfterAdj is an allowance's noun after a period adjective,
// with a word naming what it is for between: "daily site allowance",
// "monthly car allowance", "weekly allowance".
var allowanceNounAfterAdj = regexp.MustCompile(`(?i)^[ \t]+(?:(?:site|meal|travel|living|housing|car|field|subsistence|accommodation|transport|remote|tool|uniform|phone|mobile|internet|relocation)[ \t]+)?allowances?\b`)

// periodAdjOfAllowance reports a period adjective matched by unitAfter
// (loc, on after) that leads an allowance added to the amount by a plus or
// "plus"/"with": "$110,000 + daily site allowance". An allowance with no such
// word ("₱15,000 monthly allowance") is the pay an intern gets, and keeps its
// period.
func periodAdjOfAllowance(after string, loc []int) bool {
	lead := after[:loc[4]]
	if !strings.Contains(lead, "+") && !containsFold(lead, "plus") && !containsFold(lead, "with") {
		return false
	}
	return allowanceNounAfterAdj.MatchString(after[loc[1]:])
}
