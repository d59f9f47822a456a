package normalize

import "regexp"

// "Hybrid" set off by a comma or a dash and followed by a day count names a
// hybrid week: "Hybrid, 3 days in the office", "Hybrid – 2 days WFO". Malay
// and Indonesian postings count the days in "hari" ("Hybrid, 2 hari WFO").
// bodyHybrid already reads the count after a colon or a parenthesis
// ("Hybrid: 3 days", "Hybrid (2 days"); this is the same note with the other
// separators, so a listing filed as remote whose description opens so is
// read hybrid, as "Hybrid role, 2 days WFO" already was. The count must be
// one to four: "Hybrid, 5 days on site" is no hybrid week, and a hybrid
// product ("hybrid cloud, 3 days of training") never has the separator right
// after the word.
var hybridDayCountLead = regexp.MustCompile(`(?i)\bhybrid\s*(?:,|[-–—]\s)\s*(?:[1-4]|one|two|three|four|satu|dua|tiga|empat)\s*(?:days?|hari)\b`)

// hybridDayCount finds that note; nil when text has none.
func hybridDayCount(text string) []int {
	if !containsFold(text, "hybrid") {
		return nil
	}
	return hybridDayCountLead.FindStringIndex(text)
}
