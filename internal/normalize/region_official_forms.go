package normalize

import "strings"

// Official long forms of states as address fields and public-sector boards
// write them, which the ISO 3166-2 table (region_subdivisions_iso.go) does
// not hold:
//
//   - Malaysian states with their honorific after the name ("Perak Darul
//     Ridzuan", "Kedah Darul Aman"): the name before "Darul" is looked up,
//     and read only when it is a Malaysian state;
//   - a place after an English administrative phrase ("Municipality of
//     Juneau", "City of Valenzuela", "Borough of Kodiak"): the rest is
//     looked up as a state, then as a gazetteer town of one country;
//   - a Japanese address after its postal mark and code ("〒100-0001
//     東京都千代田区…"): the mark and code are taken off so the prefecture
//     is split off as region_cjk_address.go does, and Tokyo's 23 special
//     wards ("千代田区", "渋谷区") are read as Japan;
//   - names the generator leaves out because they are joined by "and" or
//     hold a kind word alone ("Federal Capital Territory", "Andaman and
//     Nicobar Islands"), and English or older names of a few states
//     ("Mazovia", "Negros Occidental").
//
// All are reached from subdivExtra (region_subdiv_types.go) after
// the ISO table missed the name, so they cost nothing on names it knows.
// Table tests in region_official_forms_test.go.

// officialFormNames are folded names (foldTown) and their country.
var officialFormNames = map[string]isoSubdivision{
	"federal capital territory": {"NG", true}, "fct abuja": {"NG", true}, "abuja fct": {"NG", true},
	"andaman and nicobar islands": {"IN", true}, "andaman and nicobar": {"IN", true},
	"dadra and nagar haveli": {"IN", true}, "daman and diu": {"IN", true}, "jammu and kashmir": {"IN", true},
	"bath and north east somerset": {"GB", true}, "brighton and hove": {"GB", true},
	"dumfries and galloway": {"GB", true},
	"argyll and bute":       {"GB", true}, "windsor and maidenhead": {"GB", true},
	"negros occidental": {"PH", true}, "negros oriental": {"PH", true}, "metro manila": {"PH", true},
	"national capital region": {"PH", false},
	"mazovia":                 {"PL", true}, "masovia": {"PL", true}, "lesser poland": {"PL", true}, "greater poland": {"PL", true},
	"lower silesia": {"PL", true}, "upper silesia": {"PL", false},
}

// officialFormCities are Metro Manila cities the gazetteer lacks, read
// only in an official form ("City of Marikina", "Valenzuela City"): alone,
// "Valenzuela" is as often a family name.
var officialFormCities = map[string]string{
	"valenzuela": "PH", "marikina": "PH", "muntinlupa": "PH", "malabon": "PH", "paranaque": "PH", "parañaque": "PH",
}

// officialPhrases are English administrative phrases before a
// place's name, folded, with their trailing space.
var officialPhrases = []string{"municipality of ", "city of ", "city and county of ", "town of ", "borough of ", "county of ", "province of ", "state of "}

// officialFormSubdivision returns the country of a folded name in one of the
// forms above.
func officialFormSubdivision(key string) (isoSubdivision, bool) {
	if s, ok := officialFormNames[key]; ok {
		return s, true
	}
	if strings.HasSuffix(key, " city") {
		if c := officialFormCities[key[:len(key)-5]]; c != "" {
			return isoSubdivision{country: c, alone: true}, true
		}
	}
	if i := strings.Index(key, " darul "); i > 0 {
		if s, ok := isoSubdivisions()[key[:i]]; ok && s.country == "MY" {
			return isoSubdivision{country: "MY", alone: true}, true
		}
		return isoSubdivision{}, false
	}
	if len(key) < 9 || key[0] != 'm' && key[0] != 'c' && key[0] != 't' && key[0] != 'b' && key[0] != 'p' && key[0] != 's' {
		return isoSubdivision{}, false
	}
	for _, p := range officialPhrases {
		if !strings.HasPrefix(key, p) || len(key) == len(p) {
			continue
		}
		rest := key[len(p):]
		if s, ok := isoSubdivisions()[rest]; ok {
			return isoSubdivision{country: s.country, alone: true}, true
		}
		if s, ok := officialFormNames[rest]; ok {
			return isoSubdivision{country: s.country, alone: true}, true
		}
		if c := officialFormCities[rest]; c != "" {
			return isoSubdivision{country: c, alone: true}, true
		}
		t, ok := geoTowns()[rest]
		if !ok || len(t.places) == 0 {
			return isoSubdivision{}, false
		}
		c := t.places[0].country
		for _, pl := range t.places {
			if pl.country != c {
				return isoSubdivision{}, false // "City of Victoria": a town of several countries
			}
		}
		for _, pl := range worldTowns[rest] {
			if pl.country != c {
				return isoSubdivision{}, false
			}
		}
		return isoSubdivision{country: c, alone: true}, true
	}
	return isoSubdivision{}, false
}

// jpPostcodeLoc returns loc without a Japanese postal mark and the code
// after it ("〒100-0001 "), with a known prefecture split off the address
// that follows (cjkAddressLoc), or loc itself when it has no postal mark.
func jpPostcodeLoc(loc string) string {
	i := strings.Index(loc, "〒")
	if i < 0 {
		return loc
	}
	j := i + len("〒")
	for j < len(loc) && (loc[j] >= '0' && loc[j] <= '9' || loc[j] == '-' || loc[j] == ' ') {
		j++
	}
	tail := loc[j:]
	if c := cjkAddressLoc(tail); c != "" {
		tail = c
	}
	return loc[:i] + tail
}

func init() {
	for _, w := range strings.Fields(`千代田区 中央区 港区 新宿区 文京区 台東区 墨田区 江東区 品川区 目黒区 大田区 世田谷区 渋谷区
		中野区 杉並区 豊島区 北区 荒川区 板橋区 練馬区 足立区 葛飾区 江戸川区`) {
		if w == "中央区" || w == "北区" || w == "港区" {
			continue // also wards of Osaka, Sapporo, Chinese cities
		}
		addRegionName(w, "JP")
	}
}
