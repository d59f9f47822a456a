package normalize

import "github.com/gigscout/gigscout/internal/model"

// A post hired for a season is seasonal work, a contract to us: "The Park
// District is hiring lifeguards for the summer season (June 1 - August
// 31)", "Staff live on site for the season, June 8 - August 9". The
// season must be what the hiring or the staying is for: "campaigns for
// the holiday season" is a task (table tests in probe_session62_test.go).
var seasonHire = newKeyRegexp(`(?i)\b(?:hiring|hires|hire|recruiting|staff(?:ing)?|employ(?:ed|ing)?|positions?|roles?|jobs?|work(?:ing)?|live\s+on[- ]site|join\s+(?:us|our\s+team))\b[^.;!?\n]{0,60}?\bfor\s+the\s+(?:\d{4}\s+)?(?:(?:summer|winter|holiday|festive|ski|harvest|christmas|peak|camp|tourist)\s+)?season\b`,
	100, 10, "season")

// seasonHireType is contract for such a text; unknown otherwise.
func seasonHireType(text string) model.JobType {
	if m := seasonHire.FindStringIndex(text); m != nil && !containsAnyFold(text[m[0]:m[1]], []string{"campaign", "sale", "prepare", "launch", "ahead of"}) {
		return model.TypeContract
	}
	return model.TypeUnknown
}
