package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// criteriaEmploymentType is the employment type of a job page's criteria
// list as LinkedIn prints it: the label and its value with no colon between,
// on the next line (an <h3> and a <span>) or after spaces when the list is
// copied as one line: "Employment type\nContract", "Seniority level
// Mid-Senior level Employment type Internship Job function Engineering". The
// values are LinkedIn's own, capitalised as it writes them, so prose ("the
// employment type contract you sign") does not match.
var criteriaEmploymentType = regexp.MustCompile(`\b[Ee]mployment [Tt]ype[ \t]*(?:\r?\n\s*|[ \t]+)(Full[- ][Tt]ime|Part[- ][Tt]ime|Contract|Temporary|Internship|Volunteer)\b`)

// criteriaLabelType (called in ParseType after the "Employment type:"
// labels) is the type a criteria list states; unknown when there is none.
// It beats words elsewhere in the text: "Employment type Contract" in a
// description that asks for "a full-time commitment" is a contract.
func criteriaLabelType(text string) model.JobType {
	if !hasFold(text, "employment type") {
		return model.TypeUnknown
	}
	m := criteriaEmploymentType.FindStringSubmatch(text)
	if m == nil {
		return model.TypeUnknown
	}
	return MapEmploymentType(m[1])
}
