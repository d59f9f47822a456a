package normalize

import "regexp"

// A short field that grants remote work only now and then (table tests in
// remote_partial_field_test.go): a location or remote field "Occasional
// remote", "Some remote - Denver", "Remote (occasional)", "Limited remote"
// is part of the week at home, as "Partially remote" already is: hybrid.
// Read in fromLocations for a location entry or the remote hint of at most
// 60 bytes; a sentence of a description is left to partialBefore.

// partialRemoteField reports such a field.
func partialRemoteField(f string) bool {
	if len(f) > 60 || len(f) < 11 || !containsFold(f, "remote") {
		return false
	}
	// a qualifier word first: the regexp runs on few fields
	if !containsFold(f, "occasion") && !containsFold(f, "some") && !containsFold(f, "limited") &&
		!containsFold(f, "periodic") && !containsFold(f, "at times") && !containsFold(f, "now and") {
		return false
	}
	return partialRemoteWords.MatchString(f) && !someRemoteCompound(f) // "some remote-friendly role" (remote_some_compound.go)
}

var partialRemoteWords = regexp.MustCompile(`(?i)\b(?:occasional(?:ly)?|some|limited|sometimes|periodic(?:ally)?)\s+remote\b|\bremote\s*\(\s*(?:occasional(?:ly)?|limited|some|sometimes|periodic(?:ally)?)\s*\)|\bremote\s+(?:occasionally|sometimes|at times|now and then)\b`)
