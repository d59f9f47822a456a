package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A payment named as made once right before an amount ("a one-time
// payment of $200", "single payout: $150", "lump-sum amount of €800",
// "milestone payments totaling $4,000") is the pay for the whole work,
// whatever its size: without it an amount under 250 reads as an hour's
// (sizeUnit). Table tests in pay_piece_rate_test.go.

// oneOffPayTail is a once-paid payment ending the text before an amount.
var oneOffPayTail = regexp.MustCompile(`(?i)(?:\b(?:one[- ]?time|one[- ]off|single|lump[- ]sum|flat|fixed)\s+(?:cash\s+|total\s+)?(?:payments?|pay|payouts?|sums?|amounts?|compensation|remuneration)\s*(?:of|:|-|–|=)?|\b(?:milestone\s+)?payments?\s+(?:totall?ing|worth))\s*(?:about|around|approximately|approx\.?|up to|roughly)?\s*$`)

// oneOffPayBefore reports such a payment right before an amount (read in
// the last 60 bytes of before, gated by a cheap word test).
func oneOffPayBefore(before string) bool {
	tail := before
	if len(tail) > 60 {
		tail = tail[len(tail)-60:]
	}
	if !containsFold(tail, "pay") && !containsFold(tail, "sum") && !containsFold(tail, "amount") && !containsFold(tail, "compensation") && !containsFold(tail, "remuneration") {
		return false
	}
	return oneOffPayTail.MatchString(tail)
}

// oneOffPayUnit is cueUnit's reading of such a payment: a project's pay.
func oneOffPayUnit(before string) (model.PayUnit, bool) {
	if oneOffPayBefore(before) {
		return model.UnitProject, true
	}
	return "", false
}
