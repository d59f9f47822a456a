package normalize

import "strings"

// Subdivision names that hold a country's name: "Colombie-Britannique"
// (British Columbia) holds "Colombie" (Colombia), "Nouveau-Mexique" (New
// Mexico) holds "Mexique" (Mexico), "Nueva Escocia" (Nova Scotia) holds
// "Escocia" (Scotland). Regions reads the longest phrase first, so each
// such name of two to four words from subdivisions_iso.txt (read alone,
// not marked "~") is added to regionNames under its own country, once,
// when the package is loaded; the country inside it is then no longer read
// ("Colombie-Britannique" is Canada, not Colombia). A name any table
// already reads keeps its reading. (The file is named to be initialized
// after regions_country_names_iso.go, whose names it looks for.) Left out are the ISO 3166-2 names of
// places with a country code of their own, which name that place
// ("Macao SAR", "Taiwan Sheng", "Kosovo-Metohija", "La Réunion", "Porto
// Rico", "Samoa Americana", "Gujana Francuska": compoundOwnCode). Table
// tests and traps in regions_subdivision_compounds_test.go.

// compoundOwnCode are the words that make a name one of a place with a
// code of its own (see above).
var compoundOwnCode = map[string]bool{"samoa": true, "taiwan": true, "macao": true, "kosovo": true, "réunion": true,
	"riunione": true, "guyana": true, "gujana": true, "porto": true}

func init() {
	data := subdivisionsISOData
	for data != "" {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		name, code, ok := strings.Cut(line, "\t")
		if !ok || name == "" || name[0] == '~' || !strings.ContainsAny(name, " -") {
			continue
		}
		key := countryNameKey(name)
		words := strings.Fields(key)
		if len(words) < 2 || len(words) > 4 {
			continue
		}
		own := false
		for _, w := range words {
			own = own || compoundOwnCode[w]
		}
		if own {
			continue
		}
		for _, w := range words {
			if c, ok := regionNames[w]; ok && c != code && len(c) == 2 {
				addRegionName(key, code) // "colombie britannique": CA, not CO
				break
			}
		}
	}
}
