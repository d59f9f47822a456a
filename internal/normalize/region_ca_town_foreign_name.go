package normalize

import "strings"

// A Canadian town named after a foreign place, before its province code:
// "Lorraine, QC", "Dublin, ON", "Bayern, QC" name one place in Canada,
// as "Paris, TX" names one in the United States (fixCodeLoc). Only the
// province codes that are no country's code count: "NL", "PE" and "SK"
// are also the Netherlands, Peru and Slovakia ("Amsterdam, NL"), and "CA"
// is Canada itself. Table tests in region_ca_town_foreign_name_test.go.

// caOnlyProvinceCodes are the Canadian province codes no country shares.
var caOnlyProvinceCodes = map[string]bool{"AB": true, "BC": true, "MB": true, "NB": true, "NS": true, "NT": true, "NU": true,
	"ON": true, "QC": true, "YT": true}

// caTownForeignName reports a location's two parts that are a foreign
// place's name and a Canadian province code.
func caTownForeignName(parts []string) bool {
	if len(parts) != 2 || !caOnlyProvinceCodes[parts[1]] {
		return false
	}
	code, ok := regionNames[strings.ToLower(parts[0])]
	return ok && code != "CA" && len(code) == 2
}
