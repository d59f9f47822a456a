package normalize

import "strings"

// fallingWordRange reports a range match joined by "to" (or German "bis",
// Dutch "tot") whose second end is lower than the first but of the same
// order, at least a thousand and at least half the first: "SAR 25,000 to
// 20,000 monthly" is the range 20,000 to 25,000 written high to low.
// scanMoney otherwise keeps only the first amount of a falling range joined
// by a word, as the second is then a date or a count ("3.000 EUR bis
// 31.12.", "€500 en 2 weken"); those are far below the first. "and" is left
// out: "$5,000 and $4,000 relocation" are two amounts.
func fallingWordRange(s string, m []int, mo money) bool {
	if mo.max >= mo.min || mo.max < 1000 || mo.max < mo.min/2 {
		return false
	}
	j := m[2*moneyIdx["c2"]]
	if j < 0 {
		j = m[2*moneyIdx["n2"]]
	}
	switch strings.ToLower(strings.TrimSpace(s[firstEnd(m):j])) {
	case "to", "bis", "tot":
		return true
	}
	return false
}
