package normalize

import "regexp"

// A title that names part-time hours and then a contract noun, "Part-time
// Contractor" or "Part time contract bookkeeper", is read as part time, the
// same way an employment field "Part-time contract" is: the hours come
// first and qualify the engagement. A title with the words the other way
// round ("Contract, part time") or joined by "or" keeps its old reading.

// partTimeContractTitleRe is "part time" (any spelling) directly followed by
// "contract", "contracts", "contractor" or "contractors".
var partTimeContractTitleRe = regexp.MustCompile(`(?i)\bpart[\s_-]?time\s+contract(?:or)?s?\b`)

// partTimeContractTitle reports such a title. The cheap word tests keep the
// regexp off titles without both words.
func partTimeContractTitle(title string) bool {
	if len(title) > 200 || !containsFold(title, "contract") || !containsFold(title, "time") {
		return false
	}
	return partTimeContractTitleRe.MatchString(title)
}
