package normalize

import "github.com/gigscout/gigscout/internal/model"

// criteriaEmploymentType is the employment type of a job page's criteria
// list as LinkedIn prints it: the label and its value with no colon between,
// on the next line (an <h3> and a <span>) or after spaces when the list is
// copied as one line: "Employment type\nContract", "Seniority level
// Mid-Senior level Employment type Internship Job function Engineering". The
// values are LinkedIn's own, capitalised as it writes them, so prose ("the
// employment type contract you sign") does not match.
var criteriaEmploymentType = newKeyRegexp(`\b[Ee]mployment [Tt]ype[ \t]*(?:\r?\n\s*|[ \t]+)(Full[- ][Tt]ime|Part[- ][Tt]ime|Contract|Temporary|Internship|Volunteer)\b`, 0, 50, "employment")

// criteriaLabelType (called in ParseType after the "Employment type:"
// labels) is the type a criteria list states; unknown when there is none.
// It beats words elsewhere in the text: "Employment type Contract" in a
// description that asks for "a full-time commitment" is a contract.
func criteriaLabelType(text string) model.JobType {
	ms := criteriaEmploymentType.FindAllStringSubmatch(text, 1)
	if len(ms) == 0 {
		return model.TypeUnknown
	}
	return MapEmploymentType(ms[0][1])
}
