package normalize

import (
	_ "embed"
	"strings"
	"sync"
)

// Subdivisions of countries from ISO 3166-2 (subdivisions_iso.txt, written
// by gensubdivisions.go from Debian's iso-codes; table tests in
// region_subdivisions_iso_test.go): the first-level states, Länder,
// cantons, provinces, regions and voivodeships of every country, in their
// own languages, in English and in the main European languages
// ("Niederösterreich", "Graubünden", "Genf", "Bavière", "Uusimaa",
// "Rājasthān"), the US states and Canadian provinces in 13 further
// languages as well ("カリフォルニア州", "Калифорния", "Floride"), and the
// counties and départements of the United Kingdom, Ireland and France
// ("Wiltshire", "Hertfordshire", "Co. Donegal", "Hauts-de-Seine").
// About 8,300 names, 137 KB, parsed on first use.
//
// A location item, or one of its parts split as the gazetteer splits them
// (region_towns_geonames.go: at commas, slashes, bars, brackets and dashes,
// work-mode words around a part aside), is the subdivision's country when
// Regions reads no place in the item:
//
//   - a part after another part is read as the qualifier of the town before
//     it, and wins over that town ("Sidcup, Kent", "Tunbridge Wells, Kent",
//     "Burton-On-Trent, Staffordshire", "Rochester, KENT" are the United
//     Kingdom whatever the town);
//   - a subdivision alone, the only part naming a place, is read unless
//     its name is marked "~" (a given name or a word: "Kent", "Uri",
//     "Cork", read after a town or after "Co." or "County" only); a first
//     part with more after it is a town ("San Juan, PR" is Puerto Rico's,
//     not Argentina's province).
//
// Never read: a name the gazetteer or the hand-written tables know as a
// town of another country ("Freiburg" is the German city, not the Swiss
// canton; "Bari" the Italian city, not the Somali region), names of two
// countries' subdivisions (left out by the generator: "Jura", "Limburg",
// "Punjab"), and parts of two countries' subdivisions in one item.

//go:generate go run gensubdivisions.go genwords.go -names /tmp/mn/package/data/names.txt,/tmp/fn/package/data/names.txt

//go:embed subdivisions_iso.txt
var subdivisionsISOData string

// isoSubdivision is a subdivision name's country and whether the name is
// read alone.
type isoSubdivision struct {
	country string
	alone   bool
}

// isoSubdivisions returns the subdivisions by folded name (foldTown),
// parsed once.
var isoSubdivisions = sync.OnceValue(func() map[string]isoSubdivision {
	return foldedNameTable(subdivisionsISOData, func(alone bool, cc string) isoSubdivision {
		return isoSubdivision{country: cc, alone: alone}
	})
})

// subdivisionCountry returns the country a location item names by a
// subdivision (see above), or "".
func subdivisionCountry(loc string) string {
	if len(loc) < 3 || len(loc) > 100 {
		return ""
	}
	found, lead, before := "", "", false
	lower := lowerCaseOnly(loc) // "cuernavaca, morelos": case tells nothing (region_code_lists.go)
	parts := 0
	start := 0
	for i := 0; i <= len(loc); i++ {
		w := 1
		if i < len(loc) {
			if w = geoPartBreak(loc, i); w == 0 {
				continue
			}
		}
		c, named := subdivisionPartCountry(loc[start:i], before, lower)
		switch {
		case c == "":
		case !before:
			lead = c // a first part: a subdivision only if nothing follows ("San Juan, PR" is a town)
		case found != "" && found != c:
			return "" // subdivisions of two countries
		default:
			found = c
		}
		if named {
			before = true
			parts++
		}
		start = i + w
		i += w - 1
	}
	if found == "" && parts == 1 {
		return lead
	}
	if lead != "" && found != "" && lead != found {
		return "" // "Wiltshire / Uusimaa"
	}
	return found
}

// subdivisionPartCountry returns the country of a part that is a
// subdivision's name, with work-mode words around it, or "", and whether
// the part names anything at all (a town before a qualifier). after tells
// whether a part naming something came before it; lower that the whole
// location is in lower case, where a name after a town is not asked to be
// capitalized ("cuernavaca, morelos"; "wiltshire" alone is still no name).
func subdivisionPartCountry(part string, after, lower bool) (string, bool) {
	words := strings.Fields(part)
	for len(words) > 0 && geoFiller[strings.ToLower(words[0])] && !(len(words) > 2 && words[1] == "of") { // "City of Makati" kept whole (region_official_forms.go)
		words = words[1:]
	}
	for len(words) > 0 && (geoFiller[strings.ToLower(words[len(words)-1])] || strings.ContainsAny(words[len(words)-1], "0123456789")) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return "", false
	}
	county := len(words) > 1 && (words[0] == "Co." || words[0] == "Co" || words[0] == "County")
	if county {
		words, after = words[1:], true // "Co. Donegal", "County Kerry": a county by its own word
	}
	if len(words) > 7 {
		return "", true
	}
	for i, w := range words {
		if r := w[0]; r >= 'a' && r <= 'z' && !(lower && after) && (i == 0 || len(w) > 3 && !strings.HasPrefix(w, "d'") && !strings.HasPrefix(w, "d’")) && !subdivKindWord(w) {
			return "", true // a subdivision's name is capitalized ("kent" in a phrase), but for "of", "de", "d'Azur" and a kind word ("kraj")
		}
	}
	s, key, ok, kind, extra := subdivLookup(words) // with kind words and extra names (region_subdiv_types.go)
	if !ok || !s.alone && !after && !kind {
		return "", true
	}
	if kind || extra && after {
		return s.country, true // a name with its kind word is the state, whatever town shares it ("jud. Alba")
	}
	for _, p := range worldTowns[key] {
		if p.country != s.country {
			return "", true // the hand-written tables' town wins
		}
	}
	if t, ok := geoTowns()[key]; ok && t.places[0].country != s.country {
		return "", true // "Freiburg", "Bari": the town of another country
	}
	return s.country, true
}

// subdivisionLoc returns loc with the country of the subdivision it names
// added ("Sidcup, Kent, United Kingdom"), when Regions reads no place in
// it; otherwise loc.
func subdivisionLoc(loc string) string {
	c := subdivisionCountry(loc)
	if c == "" || len(Regions(loc)) > 0 {
		return loc
	}
	if n := geoCountryName(c); n != "" {
		return loc + ", " + n
	}
	return loc
}
