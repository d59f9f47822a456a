package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A title note that limits the remote scope narrows a global location
// label: "QA Lead (Europe only)" or "Remote (US) Software Engineer" listed
// at "Global - Remote" is remote in Europe, or in the US (table tests in
// region_title_scope_global_test.go). The other title readers take a
// remote note at the title's end ("Engineer - US Remote", "(Remote,
// Europe)"); this one reads an "(X only)" bracket (titleOnlyRegions) and
// a leading remote note with its places: "Remote (US) …", "Remote US -
// …", "Remote EMEA: …". A leading note also makes an unread title remote
// ("Remote (US) Software Engineer" with no location). Every word of the
// note must be a place: "Remote Software Engineer - India Payments" and
// "Remote Sensing Engineer" name no scope, and a bracket of cities without
// "only" ("Support Engineer (Toronto / Vancouver)") is the offices.

// reviseTitleScope applies the title scope (see above) to ri: it replaces
// a worldwide scope or fills an empty one of a remote reading, and makes
// an unknown reading remote when the title opens with a remote note.
func reviseTitleScope(title string, ri RemoteInfo) RemoteInfo {
	if title == "" || !containsFold(title, "remote") && !containsFold(title, "only") {
		return ri
	}
	switch {
	case ri.Remote == model.RemoteRemote && (len(ri.Regions) == 0 || len(ri.Regions) == 1 && ri.Regions[0] == RegionWorldwide):
		rs := titleOnlyRegions(title)
		if len(rs) == 0 {
			_, rs = leadRemoteScope(title)
		}
		if len(rs) > 0 && !(len(rs) == 1 && rs[0] == RegionWorldwide) {
			ri.Regions = rs
		}
	case ri.Remote == model.RemoteUnknown:
		if note, rs := leadRemoteScope(title); len(rs) > 0 {
			ri.Remote, ri.Evidence, ri.Regions = model.RemoteRemote, "title: "+note, rs
		}
	}
	return ri
}

// leadRemoteScope reads a title opening with a remote note and its places
// before the role: "Remote (US) Software Engineer", "Remote US - Data
// Analyst", "Fully Remote (EU): Designer". It returns the note and its
// places; nil when the title has no such opening or the note holds
// anything but places.
func leadRemoteScope(title string) (string, []string) {
	t := strings.TrimSpace(title)
	low := strings.ToLower(t)
	for _, p := range []string{"fully remote", "100% remote", "remote"} {
		if strings.HasPrefix(low, p) {
			t = t[len(p):]
			break
		}
		if p == "remote" {
			return "", nil
		}
	}
	var inner, role string
	if r := strings.TrimLeft(t, " "); strings.HasPrefix(r, "(") || strings.HasPrefix(r, "[") {
		j := strings.IndexAny(r, ")]")
		if j < 0 {
			return "", nil
		}
		inner, role = r[1:j], r[j+1:]
	} else {
		if t == "" || t[0] != ' ' && t[0] != '-' && t[0] != ',' && t[0] != ':' {
			return "", nil // "Remotely", "Remote-first"
		}
		r := strings.TrimLeft(t, " -,:")
		k := -1
		for _, sep := range []string{" - ", " – ", " — ", ": ", " | ", ", "} {
			if i := strings.Index(r, sep); i >= 0 && (k < 0 || i < k) {
				k = i
			}
		}
		if k < 0 {
			return "", nil // "Remote US Payroll Specialist": no end to the note
		}
		inner, role = r[:k], r[k:]
	}
	inner = strings.TrimSpace(inner)
	if len(strings.Fields(inner)) > 4 || strings.Trim(role, " -–—:|,") == "" {
		return "", nil
	}
	if fs := strings.Fields(inner); len(fs) > 1 && strings.EqualFold(fs[len(fs)-1], "only") {
		inner = strings.Join(fs[:len(fs)-1], " ")
	}
	rs := wholeRegion(inner)
	if len(rs) == 0 {
		return "", nil
	}
	return strings.TrimSpace(title[:len(title)-len(role)]), rs
}
