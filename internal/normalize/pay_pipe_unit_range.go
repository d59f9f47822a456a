package normalize

import "strings"

// A pay field that prints a range's two ends as two cells, each with its
// own currency and period, split by a pipe: "USD $96,000.00/Yr. | USD
// $131,000.00/Yr.". bestPay joins two such ends when both carry the same
// unit and currency (as it does across a dash); pipeUnitGap is the test on
// the text between them: only a pipe, past the first end's abbreviation
// period, and the two amounts of one size (at most 2.5 apart), so two
// different offers in one field ("$18/hr | $60/hr overtime lead") stay
// apart.
func pipeUnitGap(gap string, lo, hi float64) bool {
	g := strings.TrimSpace(strings.TrimPrefix(gap, "."))
	return g == "|" && lo > 0 && hi > 0 && hi <= 2.5*lo && lo <= 2.5*hi
}
