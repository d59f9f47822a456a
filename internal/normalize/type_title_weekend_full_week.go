package normalize

import "github.com/gigscout/gigscout/internal/model"

// A title opening with "Weekend" ("Weekend staff", "Weekend Supervisor")
// reads as part time (titleWeekendPart, type_title_words.go). A text
// stating a full week of hours for the post ("Permanent 40 hours per
// week", "37.5 hours a week") says otherwise: the post works weekends
// within a full week. weekendTitleFullWeek reports such a title and text;
// the week is read as scheduleHoursType reads it (35 to 48 hours).
func weekendTitleFullWeek(title, text string) bool {
	if text == "" || !containsFold(title, "weekend") || !titleWeekendPart.MatchString(title) {
		return false
	}
	return scheduleHoursType(text) == model.TypeFullTime
}
