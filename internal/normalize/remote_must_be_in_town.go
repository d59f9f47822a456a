package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// mustBeInTown is a residence demand naming one place: "You must be based
// in Munich.", "Applicants must live in Porto". Read as on-site only when
// the place is a town (not a country, a US state, a subdivision or an
// area), and only from a text that never says remote (see bodyPlace).
var mustBeInTown = newKeyRegexp(`(?i)\bmust\s+(?:be\s+(?:based|located)|live|reside)\s+in\s+((?-i:\p{Lu})[\p{L}]+(?:[ -](?-i:\p{Lu})[\p{L}]+)?)\s*(?:[.;!]|$)`, 40, 60,
	"must")

// bodyMustBeInTown reads mustBeInTown: on-site when its place is a town,
// else unknown. "Must be based in Canada" and "must be located in the
// EU" say where a worker lives, not that there is an office.
func bodyMustBeInTown(text string) (model.Remote, string) {
	for _, m := range mustBeInTown.FindAllStringSubmatchIndex(text, -1) {
		place := text[m[2]:m[3]]
		if !townOnly(place) {
			continue
		}
		return model.RemoteOnsite, strings.TrimSpace(text[m[0]:m[3]])
	}
	return model.RemoteUnknown, ""
}

// townOnly reports a place name that is a town of one country and not the
// name of a country, a US state or a subdivision ("Munich", not
// "Germany", "Texas" or "Bavaria").
func townOnly(place string) bool {
	rs := Regions(place)
	if len(rs) != 1 || countryName(rs[0]) == "" {
		return false // "Europe" (EU), "Asia": an area
	}
	c := metroTownCountry(place, false)
	if c != rs[0] || namesCountry(place, c) || usStateOrCountry(place) || subdivisionCountry(place) != "" {
		return false
	}
	return true
}
