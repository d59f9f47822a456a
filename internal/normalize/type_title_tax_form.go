package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A US tax form in a title ("W-2", "1099") says how the role is paid, not
// how many hours it has. When the title also says part-time and has no
// other contract word, the hours are the type: "1099 Part-Time Therapist"
// and "W2 Part Time Tutor" are part-time posts.
//
// "Fee for service" in a title is pay per visit or per case, the way
// clinicians in private practice are engaged: "Therapist - Fee For
// Service" is contract work. A title with a tax form is left to the title
// cues (W-2 and 1099 read as contract there).
var (
	titleTaxForm       = regexp.MustCompile(`(?i)\b(?:w-?2|1099)\b`)
	titleFeeForService = regexp.MustCompile(`(?i)\bfee[- ]for[- ]service\b`)
)

// titleTaxFormType reads the two title cases above; TypeUnknown otherwise.
func titleTaxFormType(title string) model.JobType {
	if !hasFold(title, "fee") && !hasFold(title, "w2") && !hasFold(title, "w-2") && !hasFold(title, "1099") {
		return model.TypeUnknown
	}
	if titleTaxForm.MatchString(title) {
		if titlePart.MatchString(title) && !titleContract.MatchString(titleTaxForm.ReplaceAllString(title, "")) {
			return model.TypePartTime
		}
		return model.TypeUnknown
	}
	if titleFeeForService.MatchString(title) {
		return model.TypeContract
	}
	return model.TypeUnknown
}
