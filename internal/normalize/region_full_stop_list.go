package normalize

import "strings"

// fullStopListMore returns the regions of an entry that ends in a word and
// a full stop ("... Germany, Spain, or Portugal.") read without the stop,
// when that reading keeps every region already read (rs) and adds more:
// the stop hid the list's last place. It returns nil otherwise, and leaves
// abbreviations ending in a capital and a stop ("Washington, D.C.",
// "Monterrey, N.L.") alone.
func fullStopListMore(loc string, rs []string) []string {
	t := strings.TrimSpace(loc)
	n := len(t)
	if n < 4 || n > 120 || t[n-1] != '.' || t[n-2] < 'a' || t[n-2] > 'z' || !strings.Contains(t, ",") {
		return nil
	}
	more := Regions(t[:n-1])
	if len(more) <= len(rs) {
		return nil
	}
	for _, r := range rs {
		if !slicesContains(more, r) {
			return nil
		}
	}
	return more
}
