package normalize

import (
	_ "embed"
	"strings"
	"sync"
)

// Towns from a gazetteer generated from GeoNames (towns_geonames.txt,
// written by gentowns.go; table tests in region_towns_geonames_test.go).
// The hand-written towns of region_world_cities.go are the cities of about
// a million people and the capitals; the gazetteer holds the world's towns
// of 20,000 people and up (17,300 names, 249 KB, about 2.6 MB of heap once
// parsed, on first use), and is read last, where no other reader of a
// location found a place:
//
//   - a location item, or one of its parts split at commas, slashes, bars,
//     brackets and dashes, that is a town's name alone (work-mode words
//     around it aside: "Remote - Leicester", "Swindon, Wiltshire", "Woking
//     (Hybrid)") is the town's country, when the location names no region
//     the other readers know and the gazetteer reads the name alone: a
//     town of one country, or ten times larger than any namesake of 1,000
//     people elsewhere, and no common English word ("Reading", "Bath",
//     "Split" are read before a code or country only), given name or name
//     of three letters of a town under 100,000 people ("Chester", "Sur"),
//     nor an employer's name ("Honda");
//   - "Town, XX" after a town the hand-written tables do not know is the
//     town's country when XX is the town's state or province code there
//     ("Warangal, TG" is Telangana, not Togo; "Ludwigsburg, BW"
//     Baden-Württemberg, not Botswana) or its country's ISO code
//     ("Tiruppur, IN" is India, "Gütersloh, DE" Germany, "Uppsala, SE"
//     Sweden, not Sergipe), unless the code is a US state's or Canadian
//     province's and the town's name is also a US town's.
//
// The hand-written tables win: a name they know ("~Victoria", "~Kota",
// "Perth") is never read from the gazetteer. US towns are read alone from
// 100,000 people up ("Indianapolis", "Tulsa"; gentowns.go says which), and
// never before a two-letter code, which the readers of codes decide
// ("Peoria, IL or Remote" names an office, not a remote region); smaller US
// towns are read before a state code only.

//go:generate go run gentowns.go genwords.go -pbf /tmp/package/cities.pbf -names /tmp/mn/package/data/names.txt,/tmp/fn/package/data/names.txt

//go:embed towns_geonames.txt
var townsGeonamesData string

// geoPlace is one country a gazetteer town is in, with its state or
// province code there ("" where the package writes none).
type geoPlace struct{ country, state string }

// geoTown is a gazetteer town: its places, largest first, and whether its
// name is read alone.
type geoTown struct {
	alone  bool
	places []geoPlace
}

// geoTowns returns the gazetteer by folded name (foldTown), parsed once.
var geoTowns = sync.OnceValue(func() map[string]geoTown {
	return foldedNameTable(townsGeonamesData, func(alone bool, places string) geoTown {
		t := geoTown{alone: alone}
		for places != "" {
			var p string
			p, places, _ = strings.Cut(places, " ")
			c, st, _ := strings.Cut(p, ".")
			t.places = append(t.places, geoPlace{country: c, state: st})
		}
		return t
	})
})

// foldedNameTable parses a generated table of names (towns_geonames.txt,
// subdivisions_iso.txt): per line a name, a tab and the rest, which entry
// turns into a value; "#" lines are comments and a leading "~" marks a
// name not read alone. The map is by folded name (foldTown); of two
// spellings folded alike the first stays.
func foldedNameTable[T any](data string, entry func(alone bool, rest string) T) map[string]T {
	m := make(map[string]T, strings.Count(data, "\n"))
	for data != "" {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		name, rest, ok := strings.Cut(line, "\t")
		if !ok || name == "" || name[0] == '#' {
			continue
		}
		key := foldTown(strings.TrimPrefix(name, "~"))
		if _, dup := m[key]; !dup {
			m[key] = entry(name[0] != '~', rest)
		}
	}
	return m
}

// geoTownCountry returns the country a location item names by a gazetteer
// town alone (see above), or "".
func geoTownCountry(loc string) string {
	if len(loc) < 3 || len(loc) > 100 {
		return ""
	}
	return partsCountry(loc, func(part, rest string) string {
		if c := geoPartCountry(part); c != "" && !(c == "US" && codeFollows(rest)) {
			return c
		}
		return ""
	})
}

// partsCountry splits loc at geoPartBreak's separators and returns the one
// country part reads in its parts (part gets each part and the location
// after it), or "" when none reads one or two read different countries
// ("Leicester / Pune" is left to the other readers).
func partsCountry(loc string, part func(part, rest string) string) string {
	found := ""
	start := 0
	for i := 0; i <= len(loc); i++ {
		w := 1
		if i < len(loc) {
			if w = geoPartBreak(loc, i); w == 0 {
				continue
			}
		}
		if c := part(loc[start:i], loc[min(i+w, len(loc)):]); c != "" {
			if found != "" && found != c {
				return ""
			}
			found = c
		}
		start = i + w
		i += w - 1
	}
	return found
}

// codeFollows reports whether rest, the location after a part, begins with
// a two-letter code in capitals ("IL or Remote"): a US town before a code
// is left to the readers of codes, which read it or leave it out on
// purpose ("Peoria, IL or Remote" names an office).
func codeFollows(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return len(rest) >= 2 && isUpperASCII(rest[0]) && isUpperASCII(rest[1]) && (len(rest) == 2 || !isWordByte(rest[2]))
}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

// geoPartBreak returns the width of a separator that ends a part of a
// location at byte i (a comma, semicolon, slash, bar, bracket, colon, or
// a dash beside a space), or 0.
func geoPartBreak(s string, i int) int {
	switch s[i] {
	case ',', ';', '/', '|', '(', ')', '[', ']', ':':
		return 1
	case '-':
		if i > 0 && s[i-1] == ' ' || i+1 < len(s) && s[i+1] == ' ' {
			return 1
		}
	case 0xE2: // "–", "—" (U+2013, U+2014)
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
			return 3
		}
	}
	return 0
}

// geoPartCountry returns the country of a part that is a gazetteer town
// read alone, with work-mode words around it ("Remote Leicester",
// "Leicester Hybrid") and a postcode before or after it ("73033 Göppingen",
// "Swindon SN1 2AB"), or "".
func geoPartCountry(part string) string {
	words := strings.Fields(part)
	for len(words) > 0 && geoFiller[strings.ToLower(words[0])] {
		words = words[1:]
	}
	for len(words) > 1 && (geoFiller[strings.ToLower(words[len(words)-1])] || strings.ContainsAny(words[len(words)-1], "0123456789")) {
		words = words[:len(words)-1] // "Leicester Hybrid", "Swindon SN1 2AB"
	}
	if len(words) > 1 && leadingPostcode(words[0]) {
		words = words[1:] // "73033 Göppingen": a German, French or Italian postcode before the town
	}
	if len(words) == 1 && geoFiller[strings.ToLower(words[0])] {
		return ""
	}
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	for k, w := range words {
		r := w[0]
		if r >= 'a' && r <= 'z' && (k == 0 || !townConnector[w]) || r >= '0' && r <= '9' {
			return "" // a town's name is capitalized and has no digits: "reading", "bath" in a phrase; "Mar del Plata" (region_east_europe_latam.go)
		}
	}
	key := foldTown(strings.Join(words, " "))
	t, ok := geoTowns()[key]
	if !ok || !t.alone || legendaryTownNames[key] {
		return ""
	}
	if places, hand := worldTowns[key]; hand && (t.places[0].country != "US" || !onlyUSTowns(places)) {
		return "" // the hand-written tables win ("~Victoria", "Perth"); they read their US towns before a code only
	}
	return t.places[0].country
}

// onlyUSTowns reports whether every place of a hand-written town is in the
// United States ("Indianapolis", not "Paris").
func onlyUSTowns(places []townPlace) bool {
	for _, p := range places {
		if p.country != "US" {
			return false
		}
	}
	return true
}

// geoFiller are the words around a town in a location item that name no
// place: work modes, "based in", "area".
var geoFiller = map[string]bool{"remote": true, "hybrid": true, "onsite": true, "on-site": true, "office": true, "based": true,
	"in": true, "near": true, "area": true, "greater": true, "metro": true, "metropolitan": true, "region": true, "centre": true,
	"center": true, "hq": true, "headquarters": true, "campus": true, "wfh": true, "flexible": true, "or": true, "and": true,
	"&": true, "-": true, "city": true}

// geoCodeCountry returns the country of "Town, XX" for a town the
// hand-written tables do not know (see above), or "".
func geoCodeCountry(town, code string) string {
	key := foldTown(town)
	t, ok := geoTowns()[key]
	if !ok || len(town) > 40 {
		return ""
	}
	us := usStates[code] || caProvinces[code]
	if us {
		for _, p := range t.places {
			if p.country == "US" {
				return "" // "Salem, IN" may be Indiana's
			}
		}
	}
	for _, p := range t.places {
		if p.state == code && p.state != "" {
			if us && (!t.alone || p.country == "US") {
				return ""
			}
			return p.country // "Warangal, TG", "Ludwigsburg, BW"
		}
	}
	if t.alone && t.places[0].country == code {
		// The country's own ISO code after its town: "Tiruppur, IN",
		// "Gütersloh, DE", "Burnaby, CA", and "Uppsala, SE", whose code
		// would otherwise read as a Brazilian state's.
		return code
	}
	return ""
}

// geoCountryName is a name of country code Regions reads as that code.
func geoCountryName(code string) string {
	if n := countryName(code); n != "" {
		return n
	}
	geoNamesOnce.Do(func() {
		geoNames = map[string]string{}
		for k, c := range regionNames {
			if len(c) != 2 || len(k) < 4 {
				continue
			}
			if n, ok := geoNames[c]; !ok || len(k) < len(n) || len(k) == len(n) && k < n {
				geoNames[c] = k
			}
		}
	})
	return geoNames[code]
}

var (
	geoNamesOnce sync.Once
	geoNames     map[string]string
)

// geoTownLoc returns loc with the country of the gazetteer town it names
// added ("Remote - Leicester, United Kingdom"), when Regions reads no place
// in it; otherwise loc.
func geoTownLoc(loc string) string {
	c := geoTownCountry(loc)
	if c == "" || len(Regions(loc)) > 0 {
		return loc
	}
	if n := geoCountryName(c); n != "" {
		return loc + ", " + n
	}
	return loc
}

// leadingPostcode reports a postcode of four or five digits, as European
// addresses write it before the town ("73033 Göppingen", "6850 Dornbirn").
func leadingPostcode(w string) bool {
	if len(w) != 4 && len(w) != 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}
