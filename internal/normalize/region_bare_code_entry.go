package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A location entry that is a country's ISO 3166 code alone, or with a
// remote note (table tests in region_bare_code_entry_test.go): boards and
// JSON-LD pages write the country field as its code ("RU", "KE"), and a
// remote listing's entry "Remote - PE" or "TH (Remote)" names Peru and
// Thailand. regionCodes reads the common codes in any location; this reads
// the other codes, only as a whole entry, upper case, on a remote listing
// (remoteRegions), and only when nothing else in the entry named a region.
// A US state code is left to the state readers ("Remote, DE" is
// Delaware), as is "NA" (North America in regionCodes). "SA" alone is
// left unread: boards write it for South Australia and South Africa as
// often as for Saudi Arabia.

// bareCodeEntry returns the country of an entry that is one upper-case
// ISO code and at most a remote word beside it; nil otherwise.
func bareCodeEntry(loc string) []string {
	if len(loc) > 24 {
		return nil
	}
	code := ""
	for _, f := range strings.FieldsFunc(loc, codeEntrySep) {
		if strings.EqualFold(f, "remote") || strings.EqualFold(f, "fully") {
			continue
		}
		if code != "" || len(f) != 2 || f[0] < 'A' || f[0] > 'Z' || f[1] < 'A' || f[1] > 'Z' {
			return nil
		}
		code = f
	}
	if code == "" || usStates[code] || code == "NA" || code == "SA" {
		return nil
	}
	if _, ok := model.RegionNames[code]; !ok {
		return nil
	}
	return []string{code}
}

// codeEntrySep separates the words of a short location entry.
func codeEntrySep(r rune) bool {
	switch r {
	case ' ', '\t', '-', '–', '—', ',', '(', ')', '/', '|', ':', '.':
		return true
	}
	return false
}
