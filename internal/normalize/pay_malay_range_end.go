package normalize

import (
	"regexp"
	"strings"
)

// A Malaysian range joined by a Malay word: "RM 4,000 hingga RM 6,500
// sebulan", "RM3k sehingga RM5k", "MYR 2,800 sampai 3,400". The money
// scanner joins ends only with a dash or an English word, so it reads the
// first end alone; malayRangeEnd widens that amount to the second end.
// Alone before an amount "sehingga" means "up to" (read elsewhere); here
// it only joins two amounts.

// malayRangeTail is the Malay joining word and the range's second end
// right after the first: the amount (first group) and its k (second).
var malayRangeTail = regexp.MustCompile(`(?i)^\s*(?:se)?(?:hingga|sampai(?:\s+dengan)?)\s+(?:RM|MYR)?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d{1,2})?)\s?(k)?\b`)

// malayRangeHead is the range's first end and the joining word right
// before the second end: the amount (first group) and its k (second).
var malayRangeHead = regexp.MustCompile(`(?i)(?:^|[^\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d{1,2})?)\s?(k)?\s+(?:se)?(?:hingga|sampai(?:\s+dengan)?)\s+(?:RM|MYR)?\s?$`)

// malayRangeEnd widens c, an unranged ringgit amount, to a range joined by
// "hingga", "sehingga" or "sampai": c is its second end when the first
// is written before it, its first end when the second follows. The end
// must rise and be at most ten times the first; c unchanged otherwise.
func malayRangeEnd(text string, c *payCandidate) *payCandidate {
	if c == nil || c.ranged || c.currency != "MYR" {
		return c
	}
	if c.start > 0 {
		before := text[max(0, c.start-40):c.start]
		if containsFold(before, "hingga") || containsFold(before, "sampai") {
			if m := malayRangeHead.FindStringSubmatchIndex(before); m != nil {
				lo, _ := parseAmount(strings.ReplaceAll(before[m[2]:m[3]], ",", ""), "")
				if m[4] >= 0 {
					lo *= 1000
				}
				if lo > 0 && lo < c.max && lo*10 >= c.max {
					c.min, c.ranged = lo, true
					c.start -= len(before) - m[2]
					return c
				}
			}
		}
	}
	if c.end >= len(text) {
		return c
	}
	near := text[c.end:min(len(text), c.end+12)]
	if !containsFold(near, "hingga") && !containsFold(near, "sampai") {
		return c
	}
	m := malayRangeTail.FindStringSubmatchIndex(text[c.end:min(len(text), c.end+48)])
	if m == nil {
		return c
	}
	hi, _ := parseAmount(strings.ReplaceAll(text[c.end+m[2]:c.end+m[3]], ",", ""), "")
	if m[4] >= 0 {
		hi *= 1000
	}
	if hi > c.max && hi <= c.max*10 {
		c.max, c.ranged = hi, true
		c.end += m[1]
	}
	return c
}
