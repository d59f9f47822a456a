package normalize

import "regexp"

// German on-site work bounded to some days of the week is hybrid (table
// tests in remote_german_onsite_days_test.go): "Einsatz vor Ort in
// Berlin, zwei Tage pro Woche", "Arbeit vor Ort an 2 Tagen die Woche".
// The count must follow in the same clause, within a few words; "vor Ort,
// 5 Tage die Woche" is every working day, so on-site.

// germanFewDaysAfter is a count of one to four days a week near the start
// of the text after an on-site phrase.
var germanFewDaysAfter = regexp.MustCompile(`(?i)^[^.;!?\n]{0,40}?\b(?:an\s+|für\s+)?(?:[1-4]|ein(?:em|en)?|zwei|drei|vier)(?:\s*(?:-|–|bis|oder)\s*(?:[2-4]|zwei|drei|vier))?\s+(?:tag|tage|tagen)\s+(?:pro|die|in\s+der|je|a)\s+woche\b`)

// germanOnsiteFewDays reports such a count after an on-site phrase
// ending at end.
func germanOnsiteFewDays(text string, end int) bool {
	after := text[end:min(len(text), end+90)]
	return containsFold(after, "woche") && germanFewDaysAfter.MatchString(after)
}
