package normalize

import (
	"regexp"
	"strings"
)

// brazilStates are the Brazilian state codes no other place list of ours
// uses; brazilSharedStates are the ones that are also US states or
// territories ("PR" is Paraná and Puerto Rico, "PA" Pará and
// Pennsylvania), read as Brazil only beside a Brazilian city or a city
// name written in Portuguese.
var (
	brazilStates = map[string]bool{"AC": true, "AP": true, "AM": true, "BA": true, "CE": true, "DF": true, "ES": true, "GO": true,
		"MG": true, "PB": true, "PE": true, "PI": true, "RJ": true, "RN": true, "RS": true, "RO": true, "RR": true, "SP": true, "SE": true, "TO": true}
	brazilSharedStates = map[string]bool{"AL": true, "MA": true, "MT": true, "MS": true, "PA": true, "PR": true, "SC": true}
	// brazilCities are state capitals and large cities of Brazil.
	brazilCities = map[string]bool{"curitiba": true, "florianópolis": true, "florianopolis": true, "joinville": true, "blumenau": true, "londrina": true,
		"maringá": true, "maringa": true, "belém": true, "belem": true, "maceió": true, "maceio": true, "são luís": true, "sao luis": true,
		"cuiabá": true, "cuiaba": true, "campo grande": true, "pinhais": true, "araucária": true, "araucaria": true, "colombo": true, "cascavel": true,
		"ponta grossa": true, "foz do iguaçu": true, "foz do iguacu": true, "santarém": true, "santarem": true, "chapecó": true, "chapeco": true,
		"itajaí": true, "itajai": true, "criciúma": true, "criciuma": true, "imperatriz": true, "dourados": true, "rondonópolis": true, "rondonopolis": true}
)

// brazilPlace reports a location "City, UF" in Brazil: a state code
// only Brazil uses ("Campinas, SP"), or one it shares with the US beside a
// Brazilian city or a Portuguese-written city name ("Curitiba, PR", "São
// José dos Pinhais, PR"). "San Juan, PR" stays Puerto Rico's (no region).
func brazilPlace(loc string) bool {
	i := strings.LastIndexByte(loc, ',')
	if i <= 0 {
		return false
	}
	uf := strings.TrimSpace(loc[i+1:])
	if len(uf) != 2 || uf != strings.ToUpper(uf) {
		return false
	}
	city := strings.TrimSpace(loc[:i])
	if uf == "ES" && spainCommunityCodes[city] {
		return false // "MD, ES": a Spanish community code, then Spain (region_es_community_code.go)
	}
	if brazilStates[uf] {
		return city != ""
	}
	if !brazilSharedStates[uf] {
		return false
	}
	return brazilCities[strings.ToLower(city)] || strings.ContainsAny(city, "ãõçÃÕÇâêôÂÊÔ")
}

// openAcross is a remote role opened to a whole country or region:
// "fully remote and open across the United States", "available
// throughout Canada", "hiring anywhere in Germany".
var openAcross = regexp.MustCompile(`(?i)\b(?:open|available|eligible|hiring)\s+(?:to\s+(?:applicants|candidates|residents|people|anyone)\s+)?(?:across|throughout|anywhere in)\s+`)

// fallbackRegions returns the regions of a remote listing that the earlier
// readers left without one: a role open across a place.
func fallbackRegions(text string) []string {
	if !hasFold(text, "across") && !hasFold(text, "throughout") && !hasFold(text, "anywhere in") {
		return nil
	}
	for _, m := range openAcross.FindAllStringIndex(text, 4) {
		if rs := regionList(text[m[1]:]); len(rs) > 0 {
			return rs
		}
	}
	return nil
}
