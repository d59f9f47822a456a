package normalize

import "strings"

// A German title whose last part is "vor Ort" (on site) alone, after a
// dash, bar or comma or in closing brackets ("Entwickler (m/w/d) - Vor
// Ort", "IT-Support (vor Ort)"), is on-site work, as a location field
// "Vor Ort" is already (table tests in workmode_title_vor_ort_test.go).
// "vor Ort" inside a longer part ("Servicetechniker vor Ort in Bayern",
// "Vor Ort oder remote") is left to the readers there.

// titleTailVorOrt reports a title ending in such a part.
func titleTailVorOrt(title string) bool {
	if !containsFold(title, "vor ort") {
		return false
	}
	s := strings.TrimSpace(title)
	seg := ""
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndexByte(s, '('); i > 0 {
			seg = s[i+1 : len(s)-1]
		}
	} else if cut := lastTailCut(s); cut > 0 {
		seg = s[cut:]
	}
	return strings.EqualFold(strings.TrimSpace(seg), "vor ort")
}
