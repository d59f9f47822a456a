package normalize

import "regexp"

// Pay-transparency sentences often say what the range holds in an aside
// between the pay word and the figures: "The salary range, inclusive of
// annual bonus, is $180,000 - $240,000", "Total compensation, including base
// salary and bonus, ranges from $220,000 - $300,000". badBefore saw the
// word "bonus" just before the amount and dropped the range as a bonus.
// bonusAsideBefore (checked in judge beside salaryNounRightBefore) is a pay
// word, a comma, "including" or "inclusive of" with a bonus, and a comma,
// then at most a verb: the range is the pay, the bonus a part of it. A
// bonus on its own ("a signing bonus of $5,000") is still no pay.
var bonusAsideRe = regexp.MustCompile(`(?i)\b(?:salary|pay|compensation|comp|earnings)(?:\s+(?:range|band))?\s*,\s*(?:inclusive\s+of|including|includes)\s+[^,.$€£\n]{0,40}?\bbonus(?:es)?\s*,\s*(?:(?:is|are|will\s+be|ranges?|ranging)(?:\s+(?:from|between))?)?\s*$`)

func bonusAsideBefore(before string) bool {
	return bonusAsideRe.MatchString(before)
}

// totalPayWordAfter is "total" naming the whole pay package after an
// amount ("$180,000 - $240,000 total compensation including equity", "total
// cash", "total rewards"), not a lump sum for the work ("$500 total"): the
// fixed-price reading is skipped and the unit comes from the size.
var totalPayWordRe = regexp.MustCompile(`(?i)^\s*(?:usd|cad)?\s*total\s+(?:comp(?:ensation)?|pay|package|rewards?|cash|earnings|remuneration|target\s+(?:comp|cash|compensation))\b`)

func totalPayWordAfter(after string) bool { return totalPayWordRe.MatchString(after) }
