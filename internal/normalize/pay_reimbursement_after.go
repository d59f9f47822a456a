package normalize

import (
	"regexp"
	"strings"
)

// A sum a benefit pays back names itself right after the amount: "Up to
// $25K reimbursement for fertility, adoption, and parental planning",
// "$2,000 in reimbursements each year". It is a perk, not pay.
// reimbursementAfter (called from moneyNotForWork) reports the noun
// right after an amount (or after "in" and a period word); a rate that a
// reimbursement only follows stays pay ("$20/hr plus mileage
// reimbursement", "$60,000, reimbursed travel").
// A sum "per pay period" with what it pays back before the noun ("$20/pay
// period cell phone reimbursement") is one too.
// What it pays back may stand between ("a $50 monthly Metro
// reimbursement", "$100 transit reimbursement"), on the amount's own line
// ("Salary: $58,000" above "Gym reimbursement of $50" is pay).
var reimbursementAfterRe = newKeyRegexp(`(?i)^[ \t]*(?:(?:/\s*|per\s+)pay\s+period\s+(?:[a-z-]+\s+){0,2})?(?:(?:annual|yearly|monthly|weekly|one-time)\s+)?`+
	`(?:(?:metro|transit|commuter|commute|travel|transport(?:ation)?|mileage|(?:cell\s+)?phone|internet|parking|gym|tuition|meal|lunch|bus|train|subway|fare)\s+)?(?:in\s+)?reimbursements?\b`, 40, 4, "reimbursement")

func reimbursementAfter(after string) bool {
	return reimbursementAfterRe.MatchString(after) || contributionAfterRe.MatchString(after) || valueAfterRe.MatchString(after) || equipmentSumAfterRe.MatchString(after) ||
		salesVolumeAfterIn(after)
}

// salesVolumeAfterIn asks its regexp only after "in" or "of": judge asks
// for every amount.
func salesVolumeAfterIn(after string) bool {
	s := strings.TrimLeft(after, " \t")
	return (hasPrefixFold(s, "in ") || hasPrefixFold(s, "of ")) && salesVolumeAfter.MatchString(after)
}

// salesVolumeAfter is a sum of sales or commission income, named right
// after the amount: "after your first $100k in GCI", "$2M in closed
// volume". It measures what an agent sells, not what the post pays.
var salesVolumeAfter = regexp.MustCompile(`(?i)^[ \t]*(?:in|of)\s+(?:GCI\b|gross\s+commission|closed\s+(?:sales|volume|deals)|(?:annual\s+|monthly\s+)?(?:sales|revenue)\s+(?:volume|production)|production\b)`)

// equipmentSumAfterRe is a sum for the worker's equipment, named right
// after the amount: "a one-time $300 stipend to set up a home workspace",
// "a $500 allowance for home office equipment". A stipend for the work
// or for living costs stays pay.
var equipmentSumAfterRe = newKeyRegexp(`(?i)^[ \t]*(?:(?:one-time|one-off|monthly|annual|yearly)\s+)?(?:stipend|allowance|budget)\s+(?:to\s+(?:set\s+up|buy|purchase|equip|furnish)\b|(?:for|towards?)\s+(?:your\s+|a\s+)?(?:home[- ]office|home\s+workspace|workspace|(?:home\s+)?office\s+(?:equipment|set-?up)|equipment|internet|laptop|desk|monitor|phone|set-?up)\b)`,
	30, 60, "stipend", "allowance", "budget")

// valueAfterRe is the worth of something given, right after its amount:
// "a monthly transit pass ($98 value) is provided".
var valueAfterRe = newKeyRegexp(`(?i)^[ \t]*value\b`, 4, 8, "value")

// contributionAfterRe is a sum the employer puts toward a cost, named
// right after the amount: "a €50 monthly contribution to your
// Deutschlandticket", "$100 contribution towards your gym membership".
var contributionAfterRe = newKeyRegexp(`(?i)^[ \t]*(?:(?:monthly|annual|yearly|weekly|one-time)\s+)?(?:employer\s+)?contributions?\s+(?:to|towards?)\b`, 40, 4, "contribution")

// reimburseBefore reports an amount in the clause of a reimbursing verb
// with no pay word between: "We reimburse public transit costs up to $100
// per month" (what is paid back is no pay). "We reimburse travel and pay
// $20 an hour" keeps its wage.
func reimburseBefore(before string) bool {
	if !containsFold(before, "reimburs") {
		return false
	}
	lower := strings.ToLower(before)
	i := strings.LastIndex(lower, "reimburs")
	if i < 0 || len(lower) != len(before) {
		return false // ToLower changed a length: its offsets are not before's
	}
	clause := before[i:]
	return strings.IndexAny(clause, ".;!?\n") < 0 && !containsAnyFold(clause, reimbursePayWords)
}

// reimbursePayWords between a reimbursing verb and an amount make it pay.
var reimbursePayWords = []string{" pay", "paid", "wage", "salary", "stipend", "rate", "earn", "compensat"}
