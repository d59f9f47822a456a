package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Regions as remote job boards write them (table tests
// in region_remote_board_places_test.go). All four read a general shape, not a list:
//
//   - A location field that is a place followed by "Only" ("USA Only",
//     "LATAM only") is a remote board's restriction: the work is remote and
//     the place bounds it, as "Remote (USA only)" already reads
//     (placeOnlyEntry).
//   - A location field made of a globe emoji alone is the board's mark for
//     "anywhere" (globeEntry).
//   - "Applicants living only in Peru", "the role is only available within
//     Chile", "Must be located: Oceania": a residence word with
//     only/exclusively/solely before "in", an availability bounded by
//     "only available in", or a located/based demand written with a colon
//     names the remote area (onlyWithinPlace).
//   - A listing card line "Lima, Peru (Remote) · Posted 3d ago": the place
//     and its bracketed mode before the card's middle-dot notes
//     (cardModeLine).

// reviseRemoteBoardPlaces applies the four readers above where the earlier readers
// found no region.
func reviseRemoteBoardPlaces(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if len(ri.Regions) > 0 {
		return ri
	}
	if ri.Remote == model.RemoteUnknown || ri.Remote == model.RemoteRemote {
		for _, loc := range locs {
			if globeEntry(loc) {
				ri.Remote, ri.Regions, ri.Evidence = model.RemoteRemote, []string{RegionWorldwide}, "location: "+loc
				return ri
			}
		}
	}
	if ri.Remote == model.RemoteUnknown {
		for _, loc := range locs {
			if rs := placeOnlyEntry(loc); len(rs) > 0 {
				ri.Remote, ri.Regions, ri.Evidence = model.RemoteRemote, rs, "location: "+loc
				return ri
			}
		}
		if r, place := cardModeLine(text); r != model.RemoteUnknown {
			ri.Remote, ri.Regions, ri.Evidence = r, Regions(place), "text: "+place
			return ri
		}
		return ri
	}
	if ri.Remote == model.RemoteRemote || ri.Remote == model.RemoteHybrid {
		if rs := onlyWithinPlace(text); len(rs) > 0 {
			ri.Regions = rs
		} else if r, place := cardModeLine(text); r == ri.Remote {
			ri.Regions = Regions(place)
		}
	}
	return ri
}

// globeEntry reports whether loc is nothing but globe emoji ("🌏").
func globeEntry(loc string) bool {
	seen := false
	for _, r := range loc {
		switch r {
		case '🌍', '🌎', '🌏', '🌐':
			seen = true
		case ' ', '\t', '\uFE0F':
		default:
			return false
		}
	}
	return seen
}

// placeOnlyEntry reads a location field "<place> Only": the regions of the
// place, or nil when loc has another shape or the place names none ("Full
// time only").
func placeOnlyEntry(loc string) []string {
	s := strings.TrimSpace(loc)
	if len(s) < 6 || len(s) > 60 || !strings.EqualFold(s[len(s)-4:], "only") || s[len(s)-5] != ' ' {
		return nil
	}
	place := strings.TrimSpace(s[:len(s)-5])
	if place == "" || strings.ContainsAny(place, "()[]") {
		return nil
	}
	return regionList(place)
}

// onlyWithin is a residence or availability bounded by "only", or a
// located/based demand with a colon, before the place.
var onlyWithin = newKeyRegexp(`(?i)\b(?:(?:residing|living|based|located|reside|live)\s+(?:only|exclusively|solely)\s+(?:with)?in|(?:only|exclusively|solely)\s+available\s+(?:with)?in|must\s+be\s+(?:located|based):)\s+(?:the\s+)?(\p{L}[\p{L}. ]{1,40}?)\s*(?:[.,;!)\n]|$)`, 40, 60,
	"only in", "only within", "exclusively", "solely", "only available", "located:", "based:")

// onlyWithinPlace returns the regions of the first such place that names
// one.
func onlyWithinPlace(text string) []string {
	for _, m := range onlyWithin.FindAllStringSubmatchIndex(text, -1) {
		if rs := Regions(text[m[2]:m[3]]); len(rs) > 0 {
			return rs
		}
	}
	return nil
}

// cardModeLine reads a line "<place> (<mode>) · <notes>" among the first
// eight non-empty lines of text, as leadPlaceModeLine reads the line
// without notes; unknown when none. A hybrid line keeps its place too; an
// on-site card line is left to other readers.
func cardModeLine(text string) (model.Remote, string) {
	if !strings.Contains(text, "·") {
		return model.RemoteUnknown, ""
	}
	mode, out := model.RemoteUnknown, ""
	eachLeadLine(text, func(line string) bool {
		i := strings.Index(line, " · ")
		if i < 0 || i > 80 {
			return false
		}
		m, place, ok := bracketModeLine(strings.TrimSpace(line[:i]))
		if !ok || m == model.RemoteOnsite {
			return false
		}
		mode, out = m, place
		return true
	})
	return mode, out
}
