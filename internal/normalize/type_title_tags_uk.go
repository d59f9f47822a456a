package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Type notes in UK-style titles (table tests in type_title_tags_uk_test.go):
// leave cover ("HR Advisor - Maternity Cover") and casual and zero-hours
// tags ("Bartender (Casual)", "Care Worker - Zero Hours"). A graduate
// scheme is left alone: boards file "Sales Graduate Program" as full-time
// (testdata fixtures), not as an internship.

// titleLeaveCover is cover for a colleague's leave: a fixed term.
var titleLeaveCover = regexp.MustCompile(`(?i)\b(?:maternity|paternity|parental|adoption|sick(?:ness)?)\s+(?:leave\s+)?cover\b|\bmat(?:ernity)?\s+cover\b`)

// titleCasualTag is a casual or zero-hours note in brackets or after a
// dash or bar ("Casual Dining Server" names the restaurant, not the hours).
var titleCasualTag = regexp.MustCompile(`(?i)(?:[(\[]\s*(?:casual|zero[- ]hours?)(?:\s+(?:role|position|contract|basis))?\s*[)\]]|\s[-–—|]\s*(?:casual|zero[- ]hours?)(?:\s+(?:role|position|contract|basis))?\s*(?:$|[-–—|(]))`)

// titleTagUKType reads leave cover and casual or zero-hours tags in a
// title; unknown otherwise.
func titleTagUKType(title string) model.JobType {
	if containsFold(title, "cover") && titleLeaveCover.MatchString(title) {
		return model.TypeContract
	}
	if (containsFold(title, "casual") || containsFold(title, "zero")) && titleCasualTag.MatchString(title) {
		return model.TypePartTime
	}
	return model.TypeUnknown
}
