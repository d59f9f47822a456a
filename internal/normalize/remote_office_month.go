package normalize

import "strings"

// Office days counted by the month (table tests in
// remote_office_month_test.go): "This role will require 2 to 3 days per
// month at our office", "mandatory office attendance twice a month". A
// REQUIRED office schedule of two or more days a month makes the work
// hybrid, as a weekly one does (findHybridWeek reads this where it finds
// no weekly schedule). Without a requirement word a monthly office day is a
// visit and leaves a remote role remote ("Two days office per month for
// planning", occasionalOnsite's "two days a month"); once a month is a
// visit either way.

// officeMonthly is a requirement word, then at most 70 bytes of the same
// sentence, then two to six days (or twice, or 2-4 times) a month; the
// office, an on-site or in-person word must be in the match or the rest of
// its sentence, and no pay word in the match (checked by officeMonthDays).
// It is tried only on the bytes before a "month" that a count word closely
// precedes.
var officeMonthly = newPlainKeyRegexp(`(?i)\b(?:requires?|required|will require|mandatory|must|obligatory|expected to|need to|needs to)\b[^.;!?\n]{0,70}?`+
	`(?:\b(?:[2-6]|two|three|four|five|six)(?:\s*(?:-|–|to|or)\s*(?:[2-8]|two|three|four|five|six|seven|eight))?\s*(?:full\s+)?days?|\btwice|\b(?:[2-4]|two|three|four)\s*(?:x|times))`+
	`(?:\s+(?:a|per|each|every)\s+|\s*/\s*)month\b`, 150, 6, "month")

// officeMonthDays finds a required monthly office schedule; nil when there
// is none.
func officeMonthDays(text string) []int {
	var buf [8][2]int
	for _, win := range officeMonthly.appendWindows(buf[:0], text) { // around each "month" (the shared key scan)
		seg := text[win[0]:win[1]]
		j := strings.Index(seg, "month")
		if j2 := strings.Index(seg, "Month"); j2 >= 0 && (j < 0 || j2 < j) {
			j = j2
		}
		if j < 0 {
			j = len(seg) - 5 // "MONTH": let the regexp judge
		}
		k := win[0] + max(0, j)
		if w := text[max(0, k-24):k]; j >= 0 && j < len(seg)-5 && !containsFold(w, "day") && !containsFold(w, "twice") && !containsFold(w, "times") && !digitX(w) &&
			strings.Count(seg, "onth") < 2 {
			continue // the cheap test: no count of days or visits right before its only "month"
		}
		lo := win[0]
		loc := officeMonthFind(text[lo:win[1]]) // only at its requirement words (office_month_starts.go)
		if loc == nil {
			continue
		}
		loc[0], loc[1] = loc[0]+lo, loc[1]+lo
		end := min(len(text), loc[1]+60)
		if i := strings.IndexAny(text[loc[1]:end], ".;!?\n"); i >= 0 {
			end = loc[1] + i // the words after it in the same sentence
		}
		if containsFold(text[loc[0]:loc[1]], "paid") || containsFold(text[loc[0]:loc[1]], "pay") {
			continue // "must be paid twice a month"
		}
		if s := text[loc[0]:end]; containsFold(s, "office") || containsFold(s, "on-site") || containsFold(s, "onsite") ||
			containsFold(s, "on site") || containsFold(s, "in person") || containsFold(s, "in-person") {
			return loc
		}
	}
	return nil
}

// digitX reports an "x" right after a digit, a space between or not: "2x",
// "3 x".
func digitX(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] == 'x' || w[i] == 'X' {
			if j := i - 1; isDigit(w[j]) || w[j] == ' ' && j > 0 && isDigit(w[j-1]) {
				return true
			}
		}
	}
	return false
}
