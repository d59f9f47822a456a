package normalize

import "strings"

// A bracketed note after a place that names no region of its own: a
// store's mall, a district, a building ("Vienna, West Virginia (Grand
// Central Mall)", "Athens, Georgia (Downtown)"). Read with the note, the
// state no longer ends the location and the town's namesake abroad was
// read too (Austria, the country Georgia). trailingNoteLoc drops such a
// note when the place before it reads a region; a note that names one
// ("Remote (US)", "Berlin (Germany)") or a work mode ("Austin, TX
// (Hybrid)") is kept for the other readers. Table tests in
// region_trailing_note_test.go.
func trailingNoteLoc(loc string) string {
	if len(loc) > 100 || !strings.HasSuffix(loc, ")") {
		return loc
	}
	i := strings.LastIndexByte(loc, '(')
	if i <= 0 || strings.Count(loc, "(") != 1 || !strings.Contains(loc[:i], ",") {
		return loc
	}
	note := strings.TrimSpace(loc[i+1 : len(loc)-1])
	if note == "" || len(note) > 40 || strings.ContainsAny(note, ",/|&0123456789") {
		return loc
	}
	for _, w := range strings.Fields(strings.ToLower(note)) {
		if townModeWords[w] {
			return loc // "(Hybrid)", "(Remote)", "(Office)": a mode, not a site
		}
	}
	if len(Regions(note)) > 0 {
		return loc
	}
	head := strings.TrimSpace(loc[:i])
	if len(Regions(head)) == 0 {
		return loc
	}
	return head
}
