package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// On-site work said in a plain sentence the other on-site cues miss (table
// tests in onsite_plain_sentences_test.go):
//
//   - the work joined to an office by "and": "must live in Ohio and work
//     from our Dayton office";
//   - an office job named as such, leading a sentence or after "is an":
//     "Office role in Lyon", "This is an office position";
//   - German work in the employer's own office: "Du arbeitest in unserem
//     Büro in Graz".
//
// A text naming home work, a hybrid set-up or mobile work is left to the
// readers of those (a split week is not on-site), and an occasional visit
// after the office ("and work from our Dayton office twice a year") is
// not on-site either. bodyOnsiteMore asks plainOnsite last.
var (
	andWorkFromOffice = regexp.MustCompile(`(?i)\band\s+work(?:ing)?\s+(?:from|at|in)\s+(?:the|our)\s+(?:\p{L}+\s+){0,2}office\b`)
	officeJobLead     = regexp.MustCompile(`(?i)(?:^\s*|[.!?]\s+|\b(?:is|be)\s+an\s+)office\s+(?:position|role|job)\b`)
	germanOwnOffice   = regexp.MustCompile(`(?i)\barbeite(?:n|st|t)?\s+(?:vor\s+Ort\s+)?(?:in|im)\s+unsere[mrn]?\s+B(?:ü|ue)ros?\b`)
)

// plainOnsite reads the sentences above; unknown when there is none.
func plainOnsite(text string) (model.Remote, string) {
	if !hasFold(text, "office") && !hasFold(text, "unsere") {
		return model.RemoteUnknown, ""
	}
	if hasFold(text, "home") || hasFold(text, "hybrid") || hasFold(text, "mobil") {
		return model.RemoteUnknown, ""
	}
	for _, re := range []*regexp.Regexp{andWorkFromOffice, officeJobLead, germanOwnOffice} {
		if loc := re.FindStringIndex(text); loc != nil && !officeVisit.MatchString(text[loc[1]:min(len(text), loc[1]+40)]) {
			return model.RemoteOnsite, text[loc[0]:loc[1]]
		}
	}
	return model.RemoteUnknown, ""
}
