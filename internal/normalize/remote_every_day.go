package normalize

import "regexp"

// everyDayAfter is "every day" (or "each working day") right after a
// remote cue: "You may work from home every day." is the whole week, not
// a perk of some days as "work from home on Fridays" is (remotePerk,
// remote.go).
var everyDayAfter = regexp.MustCompile(`(?i)^\s*(?:every|each)\s+(?:single\s+)?(?:work(?:ing)?\s+)?day\b`)
