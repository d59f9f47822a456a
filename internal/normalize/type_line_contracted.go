package normalize

import "regexp"

// contractNounWord is "contract" as a word of its own (or "contractor",
// "contracts"), not inside a longer word.
var contractNounWord = regexp.MustCompile(`(?i)\bcontract(?:or|ors|s)?\b`)

// contractedOnlyLine reports a short description line whose only contract
// word is the verb "contracted" ("the contracted muscle", "Vendor
// contracted"): the field mapper finds "contract" inside it, but the line
// names no contract post. A line with the noun as well ("Contracted
// contract role") is left to the mapper.
func contractedOnlyLine(f string) bool {
	return containsFold(f, "contracted") && !contractNounWord.MatchString(f)
}
