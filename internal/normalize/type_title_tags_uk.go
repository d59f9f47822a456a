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

// titlePermanentContract is an open-ended contract named in a title
// ("Production Operator - Permanent Contract", "Care Assistant (Permanent
// Position)"): a permanent post, full-time like the same words in a type
// field, where the bare "Contract" would read as contract work. A
// "non-permanent contract" stays a contract, and a part-time one is
// part-time.
var titlePermanentContract = regexp.MustCompile(`(?i)(?:^|[^-\w])permanent\s+(?:contract|position|role|post)\b`)

// titleSecondment is a secondment, a fixed-term posting away from one's
// own post, named as the job's terms: "Policy Adviser (Secondment, 9
// months)", "Data Protection Officer - Secondment", "12 month
// secondment". A role that runs
// secondments ("Secondments Coordinator") is not one.
var titleSecondment = regexp.MustCompile(`(?i)(?:[(\[]\s*|[-–—|,:]\s*)secondment\b|\bsecondment\s*(?:$|[)\]])|\bsecondment\s+(?:opportunity|role|post|position|contract)\b|\b(?:\d{1,2}|six|twelve)[- ]months?\s+secondment\b`)

// titleTagUKType reads leave cover, casual or zero-hours tags and a
// permanent contract in a title; unknown otherwise.
func titleTagUKType(title string) model.JobType {
	if containsFold(title, "permanent") && titlePermanentContract.MatchString(title) {
		if titlePart.MatchString(title) { // "part-time", "(PT)" (jobtype.go)
			return model.TypePartTime
		}
		return model.TypeFullTime
	}
	if containsFold(title, "cover") && titleLeaveCover.MatchString(title) ||
		containsFold(title, "secondment") && titleSecondment.MatchString(title) {
		return model.TypeContract
	}
	if (containsFold(title, "casual") || containsFold(title, "zero")) && titleCasualTag.MatchString(title) {
		return model.TypePartTime
	}
	return model.TypeUnknown
}
