package normalize

import "strings"

// Central and Eastern European and Latin American boards name a state with
// its kind: "Jihomoravský kraj", "Fejér megye", "Lvivska oblast", "jud.
// Timiș", "Județul Cluj", "Región de Atacama", "Departamento de Huila". The
// ISO 3166-2 table (region_subdivisions_iso.go) holds some of these names
// with the kind word and some without, and the kind word is written in
// lower case, which subdivisionPartCountry took for a phrase. These helpers
// let the kind word stand in lower case and, when the whole name is not in
// the table, look the name up without it. A name with its kind word is a
// state whatever town has the same name ("Alba" is also an Italian town;
// "jud. Alba" is the Romanian county). Table tests in
// region_subdiv_types_test.go.

// subdivKindAfter are kind words written after the name.
var subdivKindAfter = map[string]bool{
	"kraj": true, "megye": true, "vármegye": true, "varmegye": true, "oblast": true, "oblast'": true, "obl.": true,
	"obl": true, "oblast’": true, "županija": true, "zupanija": true, "apskritis": true, "maakond": true,
	"novads": true, "okrug": true, "область": true, "обл.": true, "oblasť": true,
}

// subdivKindBefore are kind words written before the name, each with the
// small words that may follow it ("Región de", "Región del").
var subdivKindBefore = map[string]bool{
	"región": true, "regiao": true, "região": true, "provincia": true, "província": true, "departamento": true,
	"estado": true, "judetul": true, "județul": true, "judeţul": true, "judet": true, "județ": true, "judeţ": true,
	"jud.": true, "jud": true, "kraj": true, "oblast": true, "comarca": true,
}

var subdivKindSmall = map[string]bool{"de": true, "del": true, "do": true, "da": true, "di": true} // not "la": "Región de La Araucanía"

// subdivKindWord reports a kind word (either side), any case.
func subdivKindWord(w string) bool {
	l := strings.ToLower(w)
	return subdivKindAfter[l] || subdivKindBefore[l]
}

// subdivStripKind returns words without a kind word before or after the
// name (and the small words after a leading one), and whether one was
// taken off. It never returns an empty list.
func subdivStripKind(words []string) ([]string, bool) {
	cut := false
	if len(words) > 1 && subdivKindAfter[strings.ToLower(words[len(words)-1])] {
		words, cut = words[:len(words)-1], true
	}
	if len(words) > 1 && subdivKindBefore[strings.ToLower(words[0])] {
		rest := words[1:]
		for len(rest) > 1 && subdivKindSmall[strings.ToLower(rest[0])] {
			rest = rest[1:]
		}
		words, cut = rest, true
	}
	return words, cut
}

// subdivExtraNames are state names the ISO table lacks, by folded name
// (foldTown): short names of Czech and Slovak kraje (the adjective alone,
// or a Czech spelling of a Slovak one), Ukrainian oblasts in other
// transliterations, and a few Latin American departments and states. An
// entry marked alone=false is read only after a town ("Feijó, Acre",
// "Abony, Pest", "Aipe, Huila"), where it wins over a town of the same
// name elsewhere.
var subdivExtraNames = map[string]isoSubdivision{
	"vysocina": {"CZ", true}, "jihocesky": {"CZ", true}, "jihomoravsky": {"CZ", true}, "karlovarsky": {"CZ", true},
	"kralovehradecky": {"CZ", true}, "liberecky": {"CZ", true}, "moravskoslezsky": {"CZ", true}, "olomoucky": {"CZ", true},
	"pardubicky": {"CZ", true}, "plzensky": {"CZ", true}, "stredocesky": {"CZ", true}, "ustecky": {"CZ", true}, "zlinsky": {"CZ", true},
	"banskobystricky": {"SK", true}, "bratislavsky": {"SK", true}, "kosicky": {"SK", true}, "nitransky": {"SK", true},
	"nitriansky": {"SK", true}, "presovsky": {"SK", true}, "trenciansky": {"SK", true}, "trencinsky": {"SK", true},
	"trnavsky": {"SK", true}, "zilinsky": {"SK", true},
	"khmelnytskyy": {"UA", true}, "khmelnytskyi": {"UA", true}, "khmelnytskyj": {"UA", true}, "vinnytsya": {"UA", true},
	"vinnytsia": {"UA", true}, "zaporizhzhya": {"UA", true}, "zaporizhzhia": {"UA", true}, "zaporozhye": {"UA", true},
	"zakarpattia": {"UA", true}, "zakarpattya": {"UA", true}, "transcarpathia": {"UA", true}, "kirovohrad": {"UA", true},
	"kropyvnytskyi": {"UA", true}, "dnipropetrovsk": {"UA", true}, "ivano frankivsk": {"UA", true}, "volyn": {"UA", true},
	"csongrad csanad": {"HU", true}, "pest": {"HU", false},
	"severnobacki": {"RS", true}, "srednjobanatski": {"RS", true}, "severnobanatski": {"RS", true}, "juznobanatski": {"RS", true},
	"zapadnobacki": {"RS", true}, "juznobacki": {"RS", true}, "sremski": {"RS", false}, "macvanski": {"RS", true},
	"kolubarski": {"RS", true}, "podunavski": {"RS", true}, "branicevski": {"RS", true}, "sumadijski": {"RS", true},
	"pomoravski": {"RS", true}, "borski": {"RS", false}, "zajecarski": {"RS", true}, "zlatiborski": {"RS", true},
	"moravicki": {"RS", true}, "raski": {"RS", false}, "rasinski": {"RS", true}, "nisavski": {"RS", true},
	"toplicki": {"RS", true}, "pirotski": {"RS", true}, "jablanicki": {"RS", true}, "pcinjski": {"RS", true},
	"huila": {"CO", true}, "atlantico": {"CO", false}, "bolivar": {"CO", false}, "meta": {"CO", false},
	"ancash": {"PE", true}, "la libertad": {"PE", false},
	"acre": {"BR", false},
}

// subdivExtra looks a folded name up in subdivExtraNames and, for a
// Croatian county written without "županija" ("ZAGREBAČKA", "Splitsko-
// dalmatinska"), in the ISO table with it.
func subdivExtra(key string) (isoSubdivision, bool) {
	if s, ok := subdivExtraNames[key]; ok {
		return s, ok
	}
	if strings.HasSuffix(key, "ska") || strings.HasSuffix(key, "cka") {
		if s, ok := isoSubdivisions()[key+" zupanija"]; ok && s.country == "HR" {
			return isoSubdivision{country: "HR", alone: true}, true
		}
	}
	return officialFormSubdivision(key) // official long forms (region_official_forms.go)
}

// English kind words after a name ("Klaipėda County", "Akmenė District
// Municipality") are read through only when the name is a state or town
// of homeofficeLocalCountries, since "Essex County" or "Orange County" are
// British or American.

// subdivEnglishKindWord reports one of subdivKindAfterEnglish, any case.
func subdivEnglishKindWord(w string) bool {
	return strings.EqualFold(w, "county") || strings.EqualFold(w, "municipality") || strings.EqualFold(w, "district")
}

// subdivEnglishKindCountry returns the country of a name before English
// kind words, when that is one of homeofficeLocalCountries, or "".
func subdivEnglishKindCountry(words []string) string {
	n := len(words)
	if !subdivEnglishKindWord(words[n-1]) {
		return "" // the common case: no English kind word last
	}
	for n > 1 {
		w := words[n-1]
		if !subdivEnglishKindWord(w) && (!strings.EqualFold(w, "city") || n == len(words)) {
			break // "City" only before another kind word ("Alytus City Municipality")
		}
		n--
	}
	if n == len(words) || n > 4 {
		return ""
	}
	key := foldTown(strings.Join(words[:n], " "))
	c := ""
	if s, ok := isoSubdivisions()[key]; ok {
		c = s.country
	} else if t, ok := geoTowns()[key]; ok {
		c = t.places[0].country
		for _, p := range t.places {
			if p.country != c {
				return ""
			}
		}
	}
	if !homeofficeLocalCountries[c] {
		return ""
	}
	return c
}

// Spanish provinces under the Castilian names in use before their
// co-official ones ("Lérida" for Lleida, "Gerona" for Girona, "Orense",
// "Coruña" without its article). The gazetteer knows small towns of the
// same names in Colombia and the Philippines; a board writing these names
// means the province far more often.
const castilianProvinceNames = `
ES: Lérida, Lerida, Gerona, Orense, Coruña
`

func init() {
	eachRegionName(castilianProvinceNames, addRegionName)
}

// subdivLookup looks a part's words up in the ISO table: whole, then
// without a kind word, then in subdivExtraNames, then through English kind
// words (subdivEnglishKindCountry, returned with an empty key). It returns
// the entry, the folded key it was found by, whether it was found, whether
// the name came with its kind word, and whether it came from the extra
// names. A whole name of more than five words is not looked up.
func subdivLookup(words []string) (s isoSubdivision, key string, ok, kind, extra bool) {
	key = foldTown(strings.Join(words, " "))
	bare, cut := subdivStripKind(words)
	if len(words) <= 5 {
		if s, ok = isoSubdivisions()[key]; ok {
			return s, key, true, cut, false
		}
	}
	if len(bare) > 5 {
		return s, key, false, false, false
	}
	if cut {
		key = foldTown(strings.Join(bare, " "))
		if s, ok = isoSubdivisions()[key]; ok {
			return s, key, true, true, false
		}
	}
	if s, ok = subdivExtra(key); ok {
		return s, key, true, cut, true
	}
	if c := subdivEnglishKindCountry(words); c != "" {
		return isoSubdivision{country: c, alone: true}, "", true, true, false
	}
	return s, key, false, false, false
}
