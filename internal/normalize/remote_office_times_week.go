package normalize

import "github.com/gigscout/gigscout/internal/model"

// Office or in-person attendance counted in times a week below five, in
// the same sentence ("be in the office for in-person collaboration [1x
// per week]", "on-site twice a week", "3 times per week in the office"):
// the rest of the week is elsewhere, so the mode is hybrid, not the
// on-site reading the presence word alone gave (table tests in
// remote_office_times_week_test.go). A count of travel is not office
// attendance, and five times a week is the whole week.

// officeTimesWeek: a presence word, then a weekly count below five, or
// the count first and the presence word after it.
var officeTimesWeek = newKeyRegexp(`(?i)\b(?:in[- ]person|in[- ]office|in(?:to)?\s+(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}office|on[- ]?site)\b[^.!?\n;]{0,80}?(?:\b[1-4]\s?x\s?(?:per|a|each|/)\s?week\b|\b(?:[1-4]|one|two|three|four)\s+times?\s+(?:a|per|each)\s+week\b|\b(?:once|twice)\s+(?:a|per|each)\s+week\b)|(?:\b[1-4]\s?x\s?(?:per|a|each|/)\s?week\b|\b(?:[1-4]|one|two|three|four)\s+times?\s+(?:a|per|each)\s+week\b|\b(?:once|twice)\s+(?:a|per|each)\s+week\b)[^.!?\n;]{0,40}?\b(?:in[- ]person|in[- ]office|in(?:to)?\s+(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}office|on[- ]?site)\b`,
	120, 120, "week")

// reviseOfficeTimesWeek turns an on-site or no reading of the text into
// hybrid where the text counts the office days of a week below five.
func reviseOfficeTimesWeek(text string, ri RemoteInfo) RemoteInfo {
	if text == "" || !textGivenMode(ri) || (ri.Remote != model.RemoteOnsite && ri.Remote != model.RemoteUnknown) {
		return ri
	}
	for _, m := range officeTimesWeek.FindAllStringIndex(text, -1) {
		if hit := text[m[0]:m[1]]; !containsFold(hit, "travel") && !containsFold(hit, "visit") {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+hit)
		}
	}
	return ri
}
