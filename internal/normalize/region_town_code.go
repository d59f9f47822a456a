package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A "Town, XX" location read in the frame of the town's country (table
// tests in region_town_code_test.go). A two- or three-letter code after a
// town is read by what the town is: after a town worldTowns knows
// (region_world_cities.go) the code is its country's when it is that
// country's ISO code or one of its state or province codes ("Tel Aviv,
// IL" is Israel, "Perth, WA" Western Australia, "Erfurt, TH" Thuringia,
// "Cuneo, CN" the province of Cuneo), and otherwise the town is its
// namesake in the code's country ("Paris, TX", "London, ON", "Melbourne,
// FL"). A state code that is also a US state's ("WA", "TN", "MI") counts
// as the town's country's only when it is the town's own ("Perth, WA",
// "Chennai, TN", "Milano, MI"; "Florence, AL" is in Alabama), and
// usNamesakeTowns keeps the US towns whose code is their foreign
// namesake's own ("Milan, MI"). After a town we do not know, a code that
// is one country's subdivision code only, no country's ISO code, no US
// state's or Canadian province's and no British postcode area
// ("Toowoomba, QLD", "Bareilly, UP") is that country's; every other code keeps the readings of fixCodeLoc and
// Regions.

// usNamesakeTowns are US towns, folded and followed by their state code,
// whose code is also the own code of the foreign town they are named for.
var usNamesakeTowns = map[string]bool{"milan MI": true}

// townCodeLoc returns the name of the country a two-part location "Town,
// XX" is in when the town's frame reads it differently from the code
// alone, or "" to leave the location as it is.
func townCodeLoc(parts []string) string {
	if len(parts) != 2 || !placeCode(parts[1]) || parts[0] == "" {
		return ""
	}
	town, code := parts[0], parts[1]
	key := foldTown(town)
	places := worldTowns[key]
	c := ""
	if len(places) > 0 {
		c = townCodeCountry(key, places, code)
	} else {
		c = subdivisionOnlyCountry(town, code)
		if c == "" {
			c = geoCodeCountry(town, code) // "Warangal, TG", "Gütersloh, DE" (region_towns_geonames.go)
		}
	}
	if c == "" || (c == "US" && usStates[code] || c == "CA" && caProvinces[code] && !isRegionCode(code)) && onlyIn(places, c) {
		return "" // "Austin, TX", "Calgary, AB": Regions reads these ("St. John's, NL" it would read as the Netherlands too)
	}
	if c == "US" {
		return "United States"
	}
	return geoCountryName(c)
}

// townCodeCountry returns the country of a known town (folded key, its
// places) before code.
func townCodeCountry(key string, places []townPlace, code string) string {
	if usNamesakeTowns[key+" "+code] {
		return "US"
	}
	for _, p := range places {
		if code == p.country || code == "UK" && p.country == "GB" || code == worldCountries[p.country].alpha3 {
			return p.country // "Tel Aviv, IL", "Toronto, CA"
		}
	}
	for _, p := range places {
		if ownCode(p.own, code) {
			return p.country // "Perth, WA", "Erfurt, TH", "Cuneo, CN"
		}
	}
	if !usStates[code] {
		for _, p := range places {
			if worldCountries[p.country].subs[code] {
				return p.country // "Munich, NRW"
			}
		}
	}
	// The town's namesake in the code's country.
	switch {
	case usStates[code]:
		return "US" // "Paris, TX", "Vancouver, WA"
	case caProvinces[code]:
		return "CA" // "London, ON", "Sydney, NS"
	}
	if worldCountries[code] != nil {
		return code // "Perth, GB"
	}
	return subdivisionOnly[code] // "Richmond, VIC": the Australian Richmond ("" for a code of no one country)
}

// ownCode reports whether code is one of a town's own codes (space
// separated); "NRW" is "NW".
func ownCode(own, code string) bool {
	if own == "" {
		return false
	}
	if code == "NRW" {
		code = "NW"
	}
	for own != "" {
		var w string
		w, own, _ = strings.Cut(own, " ")
		if w == code {
			return true
		}
	}
	return false
}

// isRegionCode reports a code Regions reads as a region of its own.
func isRegionCode(code string) bool {
	_, ok := regionCodes[code]
	return ok
}

// onlyIn reports whether every place is in country c.
func onlyIn(places []townPlace, c string) bool {
	for _, p := range places {
		if p.country != c {
			return false
		}
	}
	return true
}

// placeCode reports an upper-case code of two to four ASCII letters
// ("WA", "QLD", "CDMX").
func placeCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// subdivisionOnly maps the codes that are one country's subdivision codes
// only (and no ISO country code, US state or Canadian province) to that
// country: "QLD" to AU, "UP" to IN, "HE" to DE.
var subdivisionOnly = map[string]string{}

// isoAlpha2 are the ISO 3166-1 alpha-2 country codes, and "UK".
const isoAlpha2 = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
	"CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
	"GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
	"KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
	"NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
	"SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
	"UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW UK"

// ukPostcodeAreas are the two-letter areas of British postcodes, which
// follow a town too ("Camden, NW"): no subdivisionOnly code.
const ukPostcodeAreas = " AB AL BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY EC EH EN EX FK FY " +
	"GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY LA LD LE LL LN LS LU ME MK ML NE NG NN NP NR NW OL OX " +
	"PA PE PH PL PO PR RG RH RM SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB WA WC WD WF WN WR WS WV YO ZE "

// buildSubdivisionOnly fills subdivisionOnly from worldCountries (run by
// region_world_cities.go's init, after it has read its table).
func buildSubdivisionOnly() {
	iso := map[string]bool{}
	for _, c := range strings.Fields(isoAlpha2) {
		iso[c] = true
	}
	seen := map[string]int{}
	for code, c := range worldCountries {
		if code == "US" || code == "CA" {
			continue
		}
		for s := range c.subs {
			if iso[s] || usStates[s] || caProvinces[s] || strings.Contains(ukPostcodeAreas, " "+s+" ") {
				continue
			}
			seen[s]++
			subdivisionOnly[s] = code
		}
	}
	for s, n := range seen {
		if n > 1 {
			delete(subdivisionOnly, s) // "AP": Andhra Pradesh, Ascoli Piceno and Amapá
		}
	}
}

// subdivisionOnlyCountry returns the country of an unknown town before a
// code only one country's subdivisions use, or "".
func subdivisionOnlyCountry(town, code string) string {
	c := subdivisionOnly[code]
	if c == "" || len(town) > 40 {
		return ""
	}
	words := strings.Fields(town)
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		if townModeWords[strings.ToLower(w)] {
			return "" // "Remote, NSW" is a note, not a town
		}
		for _, r := range w {
			if !isRegionLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' {
				return ""
			}
		}
	}
	if len(Regions(town)) > 0 {
		return "" // the part before the code names a place itself
	}
	return c
}

// townFolds are the letters foldTown writes without their marks.
var townFolds = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ą': "a", 'ă': "a", 'ā': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ę': "e", 'ě': "e", 'ē': "e", 'ğ': "g",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ı': "i", 'ī': "i", 'ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ő': "o", 'ō': "o", 'ř': "r",
	'ś': "s", 'š': "s", 'ș': "s", 'ş': "s", 'ß': "ss", 'ť': "t", 'ț': "t", 'ţ': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ů': "u", 'ű': "u", 'ū': "u", 'ý': "y", 'ÿ': "y",
	'ź': "z", 'ż': "z", 'ž': "z", 'æ': "ae", 'œ': "oe",
}

// foldTown is a town's name as worldTowns keys it: lower case, without
// marks on its letters, apostrophes and full stops, hyphens as spaces,
// one space between words: "St. John's" is "st johns", "Düsseldorf"
// "dusseldorf", "Rostov-on-Don" "rostov on don".
func foldTown(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		switch {
		case r == '\'' || r == '’' || r == '.' || r == '\u0307':
			continue
		case r == ' ' || r == '-' || r == '\t':
			space = b.Len() > 0
			continue
		case r == 'İ':
			r = 'i'
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		default:
			r = unicode.ToLower(r)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if f, ok := townFolds[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
