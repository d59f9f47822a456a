package normalize

import "strings"

// Some boards join a listing's location entries with a spaced slash
// ("Hybrid (Dublin) / Remote (Spain)", "Lyon office / Remote - France"),
// as others use a semicolon or a bar. remoteSegmentRegions parts the
// entries there when the entry before the slash is marked as an office, a
// hybrid or on-site seat, or closes a bracketed note, and, as after a
// semicolon, such an entry is not a place the remote work may be done
// from. A slash after a bare place stays inside its part ("Toronto, CA /
// Remote" is read as before), as does a slash with no spaces round it
// ("Remote - US/Canada", "EMEA/APAC"); a slash list with no remote entry
// that names a place is read whole ("Boise / Remote" is still the US).
// Table tests in region_slash_entries_test.go.

// slashEntryBreak reports a " / " at byte i of loc that ends a marked
// entry begun at byte start.
func slashEntryBreak(loc string, start, i int) bool {
	if i+3 > len(loc) || loc[i+1] != '/' || loc[i+2] != ' ' || start > i {
		return false
	}
	seg := strings.TrimSpace(loc[start:i])
	if seg == "" {
		return false
	}
	return seg[len(seg)-1] == ')' || locHybrid.MatchString(seg) || locOnsite.MatchString(seg) || containsFold(seg, "office")
}
