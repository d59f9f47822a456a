package normalize

import (
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Places as job-search APIs and aggregators return them
// (table tests in region_group_list_whole_text_test.go). Both read a general shape:
//
//   - A location field that lists only areas wider than a country, two or
//     more of them ("Americas; EMEA", "EMEA | APAC", "North America, Europe"),
//     is a remote board's scope: one such area alone already reads as remote
//     work there, a list of them the same (groupListEntry).
//   - A remote listing whose whole description is one place ("Anywhere.",
//     "Worldwide") names the remote area (wholeTextPlace).
//   - A remote listing whose whole description is one line "Remote or" and
//     places ("REMOTE or Denver, Austin") is read as that location field
//     would be (wholeTextRemoteOr).

// reviseGroupListWholeText applies the two readers above where the earlier readers found
// no region.
func reviseGroupListWholeText(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if len(ri.Regions) > 0 {
		return ri
	}
	switch ri.Remote {
	case model.RemoteUnknown:
		for _, loc := range locs {
			if rs := groupListEntry(loc); len(rs) > 0 {
				ri.Remote, ri.Regions, ri.Evidence = model.RemoteRemote, rs, "location: "+loc
				return ri
			}
		}
	case model.RemoteRemote:
		if rs := wholeTextPlace(text); len(rs) > 0 {
			ri.Regions = rs
		} else if rs := wholeTextRemoteOr(text); len(rs) > 0 {
			ri.Regions = rs
		}
	}
	return ri
}

// groupSep tells the marks that part a list of areas in one field.
func groupSep(r rune) bool {
	switch r {
	case ';', '|', ',', '/', '&', '+', '·':
		return true
	}
	return false
}

// groupListEntry reads a location field made of two or more areas wider than
// a country and nothing else: the areas' regions, or nil.
func groupListEntry(loc string) []string {
	if len(loc) < 7 || len(loc) > 80 || !strings.ContainsAny(loc, ";|,/&+·") {
		return nil
	}
	parts := strings.FieldsFunc(loc, groupSep)
	if len(parts) < 2 {
		return nil
	}
	var out []string
	for _, part := range parts {
		rs := wideAreaName(strings.TrimSpace(part))
		if len(rs) == 0 {
			return nil
		}
		for _, r := range rs {
			out = appendUnique(out, r)
		}
	}
	return out
}

// wideAreaName returns the regions of an area wider than one country written
// alone ("EMEA", "Americas", "North America", "DACH"), or nil for a country,
// a town, the whole world or any other words.
func wideAreaName(s string) []string {
	if s == "" || len(s) > 30 {
		return nil
	}
	if code, ok := regionCodes[s]; ok {
		if groupCode(code) {
			return []string{code}
		}
		return nil
	}
	low := strings.ToLower(s)
	if code, ok := regionNames[low]; ok {
		if groupCode(code) {
			return []string{code}
		}
		return nil
	}
	if g, ok := regionGroups[low]; ok && len(g) > 1 {
		return g
	}
	return nil
}

// groupCode reports whether code is one of the region codes wider than a
// country, the whole world left out.
func groupCode(code string) bool {
	switch code {
	case RegionEU, RegionEMEA, RegionLATAM, RegionAPAC, RegionAmericas:
		return true
	}
	return false
}

// wholeTextPlace reads a description that is nothing but one place or area
// name, a full stop or markup around it ("<p>Anywhere.</p>"): its regions.
func wholeTextPlace(text string) []string {
	if len(text) > 40 {
		return nil
	}
	t := strings.TrimSpace(text)
	for strings.HasPrefix(t, "<") {
		i := strings.IndexByte(t, '>')
		if i < 0 {
			return nil
		}
		t = strings.TrimSpace(t[i+1:])
	}
	if i := strings.IndexByte(t, '<'); i >= 0 {
		t = t[:i]
	}
	t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), ".!"))
	if t == "" || strings.ContainsAny(t, ",;:") {
		return nil
	}
	return wholeRegion(t)
}

// wholeTextRemoteOr reads a whole description of one short line "Remote or
// <places>" as a location field; nil for anything else or a world word.
func wholeTextRemoteOr(text string) []string {
	t := strings.TrimSpace(text)
	if len(t) < 12 || len(t) > 160 || strings.IndexByte(t, '\n') >= 0 || !strings.EqualFold(t[:10], "remote or ") {
		return nil
	}
	r := ParseRemote("", []string{t}, "")
	if len(r.Regions) == 0 || slices.Contains(r.Regions, "worldwide") {
		return nil
	}
	return r.Regions
}
