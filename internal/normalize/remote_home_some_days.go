package normalize

// Home work on an uncounted share of the week is a hybrid week, as a
// counted one already is ("work from home two days a week"): "the
// possibility to work from home some days a week", "WFH a few days per
// week", "a couple of days a week remotely". The share must be tied to the
// week: "work remotely a few days a year" is a perk of a remote or office
// job, not a weekly schedule, and is left to the other readers.
// homeSomeDays is the home work then its share, or the share then the home
// work; tried only around "days" (a key regexp: most texts name days, and
// this is read for every listing no other reader gave a mode).
var homeSomeDays = newKeyRegexp(`(?i)\b(?:(?:work(?:ing)? (?:from|at) home|wfh|work(?:ing)? remotely|remote(?:ly)?|telework(?:ing)?|home[- ]?office)\s+(?:on\s+|for\s+)?`+
	homeSomeDaysShare+`\b|`+homeSomeDaysShare+`\s+(?:from home|at home|remote(?:ly)?|wfh)\b)`, 56, 40, "days")

// homeSomeDaysShare is an uncounted number of days in a week.
const homeSomeDaysShare = `(?:some|a few|a couple(?: of)?|several|certain|selected)\s+days\s*(?:(?:a|per|each|every|of the)\s+|/\s*)week`

// homeSomeDaysWeek finds such a week; nil when text has none.
func homeSomeDaysWeek(text string) []int {
	return homeSomeDays.FindStringIndex(text)
}
