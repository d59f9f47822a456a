package normalize

import "strings"

// A location entry that is the name of a country which is also an
// ordinary English word or name ("Jersey", "Guernsey", "Chad", "Guinea"),
// alone or with a remote word beside it: "Guernsey · Remote", "Remote -
// Chad". The general name table leaves these names out because in
// running text they are a garment, a given name or part of another
// place ("New Jersey", "Papua New Guinea"); a whole location entry that
// is only the name is the country. Read only on a remote listing
// (remoteRegions) and only when nothing else in the entry named a region.
// Table tests in region_word_country_entry_test.go.

// wordCountries are the country names read only as a whole entry.
var wordCountries = map[string]string{"jersey": "JE", "guernsey": "GG", "chad": "TD", "guinea": "GN"}

// wordCountryEntry returns the country of an entry that is one of
// wordCountries and at most remote words beside it; nil otherwise.
func wordCountryEntry(loc string) []string {
	if len(loc) > 32 {
		return nil
	}
	code := ""
	for _, f := range strings.FieldsFunc(loc, wordEntrySep) {
		switch strings.ToLower(f) {
		case "remote", "fully", "100%":
			continue
		}
		c, ok := wordCountries[strings.ToLower(f)]
		if code != "" || !ok {
			return nil
		}
		code = c
	}
	if code == "" {
		return nil
	}
	return []string{code}
}

// wordEntrySep separates the words of a short location entry, the middle
// dot and bullet boards put between a place and "Remote" included.
func wordEntrySep(r rune) bool {
	return r == '·' || r == '•' || codeEntrySep(r)
}
