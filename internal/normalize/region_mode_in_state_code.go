package normalize

import "strings"

// A location entry that is the mode word, "in" or "within", and one US
// state code (table tests in region_mode_in_state_code_test.go): "Remote
// in TX", "Hybrid within NJ". modeStateCodeEntry reads the same entry
// without the preposition ("Remote TX", "Remote - OH"); this drops the
// preposition and asks it, so a code that is also a country's ("Remote in
// CA", "Remote in DE") is still left to the country readers, and a lower
// case or longer entry is still no state.

// modeInStateCodeEntry returns US for "<Remote|Hybrid> in|within <state
// code>"; nil otherwise.
func modeInStateCodeEntry(loc string) []string {
	if len(loc) > 24 || len(loc) < 11 || !containsFold(loc, "in ") {
		return nil // "in " also gates "within "
	}
	f := strings.FieldsFunc(loc, codeEntrySep) // region_bare_code_entry.go
	if len(f) != 3 || !strings.EqualFold(f[1], "in") && !strings.EqualFold(f[1], "within") {
		return nil
	}
	return modeStateCodeEntry(f[0] + " " + f[2]) // region_state_code_mode.go
}
