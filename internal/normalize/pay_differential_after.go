package normalize

import "regexp"

// An amount named a shift differential or a shift premium right after it
// (its hourly unit between) is an add-on to the rate, not the rate: "$3/hr
// night differential", "a $5 per hour weekend shift premium". The rate
// beside it stays pay, and so does an amount the differential only follows
// ("$24 an hour + shift differential", "$24/hr plus shift differential"),
// and so does a range end the differential's own label follows.
var differentialAfterRe = regexp.MustCompile(`(?i)^\s*(?:(?:/|per\s+|an?\s+)\s*(?:hr|hour|h)\b\.?)?\s*(?:(?:(?:night|evening|weekend|overnight|holiday|swing|graveyard|shift)\s+)*diff(?:erential)?s?\b|(?:(?:night|evening|weekend|overnight|holiday|swing|graveyard)\s+)*shift\s+premiums?\b)`)

// differentialAfter reports an amount followed by a differential or shift
// premium naming it (called from benefitOrDifferential).
func differentialAfter(after string) bool {
	if !containsFold(after, "diff") && !containsFold(after, "premium") {
		return false
	}
	loc := differentialAfterRe.FindStringIndex(after)
	// "... $36.10 Weekend Differential - $1.75/hr": the word labels the
	// amount after it, not this one.
	return loc != nil && !differentialLabelsNext.MatchString(after[loc[1]:])
}

var differentialLabelsNext = regexp.MustCompile(`^\s*(?:of|:|-|–|—)?\s*[(+]?\s*[$€£]\s*\d`)
