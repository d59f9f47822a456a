package normalize

import (
	"regexp"
	"strings"
)

// The size of the deals, contracts or accounts the job looks after is no
// pay (table tests in pay_deal_size_test.go): "You'll manage contracts
// ranging from $50K to $500K+", "close deals worth $20k-$80k", "accounts
// valued at $1M". The noun is plural, or the verb says it is handled
// (manage, close, negotiate), and a size word joins it to the amount; a
// contract rate ("a contract rate of $60/hr") is still pay.

// dealSizeBefore is such a noun and size word right before an amount.
var dealSizeBefore = regexp.MustCompile(`(?i)\b(?:(?:contracts|deals|accounts|portfolios|opportunities|engagements|tenders|bids)|(?:manag\w*|clos\w*|negotiat\w*|win(?:s|ning)?|won|sell\w*|sold|oversee\w*|handl\w*)\s+(?:an?\s+|the\s+)?(?:contract|deal|account|portfolio|engagement|tender|bid))\s+(?:(?:ranging|range|valued|sized|size|worth|totall?ing|with\s+(?:a\s+)?values?)\s+)?(?:of\s+|at\s+|from\s+|between\s+|up\s+to\s+|in\s+excess\s+of\s+|over\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+)?$`)

// dealSizeAt reports such a size before an amount (judge, pay.go); the
// cheap substring tests first. dealSizeBefore needs a plural noun of its
// list, or a singular one with a verb that handles it: "contract" alone
// ("a 12-month contract at $60/hr", common before pay) does not run it.
// The tests fold ASCII letters only, so a window with the long s (which
// the expression folds to "s") is passed to the expression as it is.
func dealSizeAt(before string) bool {
	if !containsAnyFold(before, dealNouns) {
		return false
	}
	if !containsAnyFold(before, dealPlurals) && !containsAnyFold(before, dealVerbs) && !strings.Contains(before, "\u017f") {
		return false
	}
	return dealSizeBefore.MatchString(before)
}

// dealNouns, dealPlurals and dealVerbs are dealSizeBefore's nouns (as
// stems), plural nouns and the stems of its verbs.
var (
	dealNouns   = []string{"contract", "deal", "account", "portfolio", "opportunit", "engagement", "tender", "bid"}
	dealPlurals = []string{"contracts", "deals", "accounts", "portfolios", "opportunities", "engagements", "tenders", "bids"}
	dealVerbs   = []string{"manag", "clos", "negotiat", "win", "won", "sell", "sold", "oversee", "handl"}
)
