package normalize

import "strings"

// collectiveAgreementWords name a collective (bargaining) agreement, the
// pay scale an Austrian or German posting has to quote its minimum from
// ("the minimum salary under the collective agreement for the electrical
// and electronics industry is EUR 3.348,62 gross per month").
var collectiveAgreementWords = []string{"collective agreement", "collective bargaining", "collective labour agreement",
	"collective labor agreement", "kollektivvertrag", "tarifvertrag"}

// collectiveAgreementIndustry reports that the only thing badBefore finds
// before an amount is the word "industry" naming the trade a collective
// agreement covers: that industry is the scale's, not a market figure
// ("industry worth $4B"). wide is the longer text before the amount, where
// the agreement is named. Any other cue before the amount still counts.
func collectiveAgreementIndustry(before, wide string) bool {
	if !containsFold(before, "industr") || !containsAnyFold(wide, collectiveAgreementWords) {
		return false
	}
	return !badBefore.MatchString(maskIndustry(before))
}

// maskIndustry writes over each "industry" in s (any case) with letters
// that are no cue, keeping the length.
func maskIndustry(s string) string {
	b := []byte(s)
	for i := 0; ; {
		j := indexFold(string(b[i:]), "industry")
		if j < 0 {
			return string(b)
		}
		copy(b[i+j:], strings.Repeat("x", len("industry")))
		i += j + len("industry")
	}
}
