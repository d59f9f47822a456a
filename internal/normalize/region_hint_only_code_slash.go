package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Two general shapes of remote regions (table tests in
// region_hint_only_code_slash_test.go).
//
//   - A remote-hint field whose whole value is a place bounded by "only",
//     with or without a word for the people it admits: "Mexico only",
//     "Chile residents only", "Peru-only applicants". The field is the
//     source's own remote signal, so a value that only limits where the
//     worker may be says the work is remote and the place bounds it, as a
//     location field "USA Only" already reads (hintPlaceOnly).
//   - A header segment "REMOTE (US/Can)" whose places are short codes
//     written in title case and joined by slashes: each part is read as the
//     upper-case code ("Can" is CAN, Canada's alpha-3 code); every part must
//     be two or three letters and there must be two parts at least
//     (codeSlashRegions, used by remoteSegmentPlaces).

// hintPeopleWords are words for the people a restriction admits.
var hintPeopleWords = []string{"residents", "candidates", "applicants", "citizens", "people", "persons"}

// hintPlaceOnly returns the regions of a hint "<place> only", "<place>
// residents only", "<place>-only candidates"; nil for any other shape or
// when the place names no region. The people word is dropped and the
// hint read as a location field "<place> Only" (placeOnlyEntry).
func hintPlaceOnly(hint string) []string {
	s := trimPeopleWord(strings.TrimSpace(hint)) // "Peru-only applicants"
	if len(s) > 5 && strings.EqualFold(s[len(s)-5:], "-only") {
		s = s[:len(s)-5] + " only"
	}
	if len(s) > 5 && strings.EqualFold(s[len(s)-5:], " only") {
		s = trimPeopleWord(s[:len(s)-5]) + " only" // "Chile residents only"
	}
	return placeOnlyEntry(s)
}

// trimPeopleWord drops a last word of hintPeopleWords from s.
func trimPeopleWord(s string) string {
	for _, w := range hintPeopleWords {
		if len(s) > len(w) && s[len(s)-len(w)-1] == ' ' && strings.EqualFold(s[len(s)-len(w):], w) {
			return strings.TrimSpace(s[:len(s)-len(w)-1])
		}
	}
	return s
}

// reviseHintPlaceOnly reads a hint of the shape above where the earlier
// readers found neither a mode nor a region.
func reviseHintPlaceOnly(hint string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || len(ri.Regions) > 0 || hint == "" {
		return ri
	}
	if rs := hintPlaceOnly(hint); len(rs) > 0 {
		ri.Remote, ri.Regions, ri.Evidence = model.RemoteRemote, rs, "hint: "+strings.TrimSpace(hint)
	}
	return ri
}

// codeSlashRegions reads "US/Can", "Ire/UK": two or more parts joined by
// slashes, each two or three letters, taken as upper-case codes; nil when
// rest has another shape or a part is no code.
func codeSlashRegions(rest string) []string {
	if strings.IndexByte(rest, '/') < 0 {
		return nil
	}
	parts := strings.Split(rest, "/")
	if len(parts) < 2 {
		return nil
	}
	var out []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if len(p) < 2 || len(p) > 3 {
			return nil
		}
		for i := 0; i < len(p); i++ {
			c := p[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return nil
			}
		}
		code, ok := regionCodes[strings.ToUpper(p)]
		if !ok {
			return nil
		}
		out = appendUnique(out, code)
	}
	return out
}
