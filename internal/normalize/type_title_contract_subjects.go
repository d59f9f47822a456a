package normalize

import "regexp"

// titleContractNounSubject is a contract that a title names as the work's
// subject rather than its terms: a kind of contract before the word
// ("Supplier Contract Performance", "Federal Contract Programs", "Schema
// and API Contracts") or a subject noun after it ("Consumer-Driven
// Contract Testing", "Contract Tooling & Automation"). "Contract
// Programmer" and "QA Tester (Contract)" keep their contract reading.
var titleContractNounSubject = regexp.MustCompile(`(?i)\b(?:api|vendor|supplier|government|federal|customer|client|commercial)\s+contracts?\b|\bcontracts?\s+(?:testing|tests|tooling|delivery|programmes?|programs?)\b`)

// dropContractNounSubjects removes those subject phrases from a title.
func dropContractNounSubjects(title string) string {
	return titleContractNounSubject.ReplaceAllString(title, "")
}
