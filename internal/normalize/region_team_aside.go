package normalize

import "strings"

// teamAsideRegions reads a location that ends in a bracketed note on the
// team ("Remote - Chile (UK team)") without that note: the team's
// home says where colleagues sit, not where the work may be done from. It
// reports false, and the caller reads the whole text, when no such note
// ends the text or the text before it names no region ("Remote (US
// team)" keeps the team's place as the only one given). Table tests in
// region_team_aside_test.go.
func teamAsideRegions(s string) ([]string, bool) {
	t := strings.TrimRight(s, " ")
	if !strings.HasSuffix(t, "team)") && !strings.HasSuffix(t, "teams)") && !strings.HasSuffix(t, "Team)") {
		return nil, false
	}
	i := strings.LastIndexByte(t, '(')
	if i <= 0 {
		return nil, false
	}
	before := Regions(t[:i])
	return before, len(before) > 0
}
