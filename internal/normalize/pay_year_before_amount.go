package normalize

import "strings"

// A season or a class year often stands right before the pay, joined by a
// dash: "Summer 2027 - $45.00 per hour", "Class of 2026 — $30/hr". The
// money scanner reads "2027 - $45.00" as a range whose first end has no
// sign. dropYearStart drops such a first end when it is a plain year
// (1990-2099, four digits, no separator, no sign, no multiplier), the
// second end carries its own sign, and the two ends cannot be one range:
// the year is larger than the amount, or the amount is ten times the year
// or more. A first end of a real range keeps its place: "2000 - $3000".
func dropYearStart(mo *money, n1 string, bareFirst bool, secondStart int) {
	if !mo.ranged || !bareFirst || secondStart <= mo.start || len(n1) != 4 || strings.Trim(n1, "0123456789") != "" {
		return
	}
	if mo.min < 1990 || mo.min > 2099 || (mo.max >= mo.min && mo.max < 10*mo.min) {
		return
	}
	mo.min, mo.ranged, mo.start = mo.max, false, secondStart
}
