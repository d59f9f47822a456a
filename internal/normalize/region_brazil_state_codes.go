package normalize

import (
	"strings"
	"unicode"
)

// Brazilian boards write a town and its state code with a dash or a slash
// ("Campina Grande - PB", "Natal/RN", "CAMPINA GRANDE - PB"); brazilPlace
// reads the comma form. Table tests in region_brazil_state_codes_test.go.
// A code only Brazil uses among ours reads Brazil after any town; a code
// that is also a country (ES Spain, PE Peru, SE Sweden, RO Romania, RS
// Serbia, BA Bosnia, AM Armenia, MG Madagascar, TO Tonga) reads Brazil
// only after a slash or a town written in Portuguese, and one shared with
// a US state (PR, PA, SC, ...) as brazilPlace has it: beside a Brazilian
// city or a Portuguese-written one. "Sevilla - ES" stays Spain.
var brazilStatesCountryToo = map[string]bool{"ES": true, "PE": true, "SE": true, "RO": true, "RS": true, "BA": true, "AM": true, "MG": true, "TO": true}

// brazilPlaceSep reports a location "Town - UF" or "Town/UF" in Brazil.
func brazilPlaceSep(loc string) bool {
	loc = strings.TrimSpace(loc)
	if len(loc) < 5 || len(loc) > 60 {
		return false
	}
	uf := loc[len(loc)-2:]
	if uf[0] < 'A' || uf[0] > 'Z' || uf[1] < 'A' || uf[1] > 'Z' {
		return false
	}
	head := strings.TrimRight(loc[:len(loc)-2], " ")
	var slash bool
	switch {
	case strings.HasSuffix(head, "/"):
		slash = true
	case strings.HasSuffix(head, "-"), strings.HasSuffix(head, "–"):
	default:
		return false
	}
	town := strings.TrimSpace(strings.TrimRight(head, "/-– "))
	if town == "" || strings.ContainsAny(town, ",/()|;") || !townLetters(town) {
		return false
	}
	portuguese := strings.ContainsAny(town, "ãõçÃÕÇâêôÂÊÔáéíóúÁÉÍÓÚ")
	switch {
	case brazilSharedStates[uf]:
		return brazilCities[strings.ToLower(town)] || portuguese
	case brazilStatesCountryToo[uf]:
		return slash || portuguese || brazilCities[strings.ToLower(town)]
	case brazilStates[uf]:
		return true
	}
	return false
}

// townLetters reports a town name: letters, spaces, apostrophes, dots and
// hyphens, with a letter first.
func townLetters(s string) bool {
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
		case i > 0 && (r == ' ' || r == '\'' || r == '.' || r == '-' || r == '’'):
		default:
			return false
		}
	}
	return true
}
