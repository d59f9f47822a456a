package normalize

import (
	_ "embed"
	"strings"
	"unicode"
)

// Country names in thirty-seven languages and the official English names,
// for Regions: "Spanyolország" (Hungarian), "Poljska" (Croatian), "Taani"
// (Estonian), "Thajsko" (Slovak), "Suudi Arabistan" (Turkish), "French
// Republic". countrynames_iso.txt is generated from Debian's iso-codes
// translations by gencountrynames.go, which says what it leaves out (short
// names, English words and given names, names that two countries share or
// that are towns or subdivisions elsewhere). Each name is keyed as
// regions_country_names_world.go keys its names, once, when the package
// is loaded; a name any table already reads keeps its reading, and so do
// the names of groups ("Scandinavia"). Table tests and traps in
// regions_country_names_iso_test.go.

//go:generate go run gencountrynames.go genwords.go -names /tmp/mn/package/data/names.txt,/tmp/fn/package/data/names.txt

//go:embed countrynames_iso.txt
var countryNamesISOData string

func init() {
	data := countryNamesISOData
	for data != "" {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		name, code, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		key := countryNameKey(name)
		if key == "" {
			continue
		}
		if _, ok := regionGroups[key]; ok {
			continue
		}
		addRegionName(key, code)
	}
}

// countryNameKey is a name's regionTokens key: lower case, hyphens as
// spaces. Names of letters, marks, spaces and hyphens alone are keyed
// without the token regexp; the others ("Côte d'Ivoire") with it.
func countryNameKey(name string) string {
	plain := true
	for _, r := range name {
		if !(unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == ' ' || r == '-') {
			plain = false
			break
		}
	}
	if !plain {
		return strings.ToLower(strings.Join(regionTokens(name), " "))
	}
	return strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(name, "-", " ")), " "))
}
