package normalize

import "strings"

// colonPayClause reports an amount right after a colon whose clause names
// the pay, however long the clause runs before the colon: "The pay range
// for the states of California, Colorado, ... and the District of
// Columbia, is: $73,900 - $213,600". The pay word is then too far back for
// the usual look before the amount, but the colon hands the amount to it.
// The clause starts after the last sentence end or line break, at most
// 600 bytes back; a short clause is left to the usual look, and a clause
// about funding, budgets or prices names no pay.
func colonPayClause(text string, m money) bool {
	before := strings.TrimRight(text[:m.start], " \t\r\n")
	if !strings.HasSuffix(before, ":") {
		return false
	}
	clause := before[max(0, len(before)-600) : len(before)-1]
	if i := strings.LastIndexAny(clause, "\n!?"); i >= 0 {
		clause = clause[i+1:]
	}
	if i := strings.LastIndex(clause, ". "); i >= 0 {
		clause = clause[i+2:]
	}
	return len(clause) > 60 && payWord.MatchString(clause) && !fundingNear.MatchString(clause)
}
