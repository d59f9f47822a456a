package normalize

import "strings"

// A title may carry the pay as a currency-marked range with no pay word
// ("Python Developer $2,000-3,000 at Acme", "Translator – €800–1,200"):
// a title names the post, so a range of money in it is what the post
// pays. A single amount in a title still needs a pay word or a period
// ("Win $500", "Top 100 $1,000 Club" are no pay), as in running text.

// titleRangePay reads such a range in a title when the usual reading found
// nothing; nil otherwise.
func titleRangePay(title string) *payCandidate {
	if !strings.ContainsAny(title, "$€£") || !strings.ContainsAny(title, "-–—") {
		return nil
	}
	if c := bestPay(title, true); c != nil && c.ranged && c.max > 0 {
		return c
	}
	return nil
}
