package normalize

import "regexp"

// A location entry that opens with the world and goes on about the
// company or the schedule (table tests in region_world_head_clause_test.go):
// "Worldwide - based in San Francisco, US" says where the company is based,
// and "Worldwide, but must be willing to attend regular EST meetings" a
// meeting time, not where the work may be done from; the entry is the
// world. A place written after the world alone still narrows it
// ("Worldwide, Europe" is Europe), as does a residence ("Anywhere - must
// live in Canada").

// worldHeadEntry returns the world word of such an entry, else loc.
func worldHeadEntry(loc string) string {
	if len(loc) < 16 || !(containsFold(loc, "world") || containsFold(loc, "anywhere") || containsFold(loc, "global")) {
		return loc
	}
	if m := worldHeadClause.FindStringSubmatch(loc); m != nil {
		return m[1]
	}
	return loc
}

// worldHeadClause is the world opening an entry, then a clause on the
// company's base or on meeting times.
var worldHeadClause = regexp.MustCompile(`(?i)^\s*(?:(?:fully )?remote\s*[-–—,:(]\s*)?(worldwide|anywhere(?: in the world)?|global(?:ly)?)\s*\)?\s*[-–—,;:(|]\s*(?:but\b[^\n]{0,60}?\bmeetings?\b|(?:(?:the |our )?(?:company|team) (?:is )?|we(?:'re| are) )?(?:based|headquartered|hq)\b)`)
