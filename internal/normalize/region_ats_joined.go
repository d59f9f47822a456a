package normalize

import (
	"strings"
	"unicode/utf8"
)

// Region readings of enterprise ATS locations (Workday, Oracle, Eightfold;
// table tests in region_ats_joined_test.go):
//
//   - several locations joined with " | " ("Espoo, FI | Berlin, DE") are
//     each rewritten as a location of their own is, so a country code
//     ending one ("DE") is not read as a US state;
//   - "City, ST, CC" with the country's code last ("Amsterdam, NH, NL")
//     names the country: its code is spelled out and the subdivision code
//     dropped, as "NL" after a town is also a Canadian province's and
//     "NL" between a town and "CA" also the Netherlands';
//   - a town listed under two spellings of one country ("Bogotá" and
//     "Bogota") is still that country's town when named alone, and a town
//     written without its accents ("Koln", "Zurich") reads as with them.

// fixJoinedLoc rewrites each part of a location joined with " | " (or
// with "; ": "New York, NY; San Francisco, CA" is two US towns, not a
// list ending in Canada) with fixCodeLoc; "" when loc is not so joined.
func fixJoinedLoc(loc string) string {
	sep := " | "
	if !strings.Contains(loc, sep) {
		if sep = "; "; !strings.Contains(loc, sep) {
			return ""
		}
	}
	parts := strings.Split(loc, sep)
	for i, p := range parts {
		parts[i] = fixCodeLoc(strings.TrimSpace(p))
	}
	return strings.Join(parts, sep)
}

// spelledCodeLoc rewrites a location of three or more parts whose last is
// an upper-case country code ("Amsterdam, NH, NL") as its town and the
// country's English name ("Amsterdam, netherlands"), dropping the
// subdivision codes between; "" when the last part is no such code, a
// middle part is not a subdivision code, or the location opens with a
// work-mode word ("Remote, US, CA" lists places).
func spelledCodeLoc(parts []string) string {
	if len(parts) < 3 {
		return ""
	}
	last := parts[len(parts)-1]
	if len(last) != 2 || last[0] < 'A' || last[0] > 'Z' || last[1] < 'A' || last[1] > 'Z' || last == "US" {
		return ""
	}
	name := codeCountryName(last)
	if name == "" || townModeWords[strings.ToLower(parts[0])] {
		return ""
	}
	keep := []string{}
	for i, p := range parts[:len(parts)-1] {
		if i > 0 && len(p) == 2 {
			if c := worldCountries[last]; usStates[p] || c != nil && c.subs[p] {
				continue
			}
			return ""
		}
		keep = append(keep, p)
	}
	return strings.Join(append(keep, name), ", ")
}

// oneCountryTown reports whether every listing of a town is in one country.
func oneCountryTown(places []townPlace) bool {
	if len(places) == 0 {
		return false
	}
	for _, p := range places[1:] {
		if p.country != places[0].country {
			return false
		}
	}
	return true
}

// plainTownKey is name's words lower-cased with the accents of Latin
// letters dropped ("köln" -> "koln", "zürich" -> "zurich"), or "" when
// name has no such accent or a letter beyond them.
func plainTownKey(name string) string {
	var b strings.Builder
	changed := false
	for _, r := range strings.ToLower(name) {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			continue
		}
		f, ok := termFold[r] // type_terms_world.go: "ö" -> "o", "á" -> "a"
		if !ok || f >= utf8.RuneSelf {
			return ""
		}
		b.WriteRune(f)
		changed = true
	}
	if !changed {
		return ""
	}
	return b.String()
}
