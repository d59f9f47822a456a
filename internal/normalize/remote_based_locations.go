package normalize

// Two remote statements the body readers missed (table tests in
// remote_based_locations_test.go): "remote-based" said of the roles or the
// company at the end of a clause ("All roles are global and remote-based."),
// and a list of locations whose entry is Remote ("available in the
// following locations: Remote"). "remote-based" before a noun ("remote-based
// monitoring") is no work mode, and neither is a list whose Remote names a
// team ("locations: Remote Operations Center").
var (
	remoteBasedEnd    = newKeyRegexp(`(?i)\b(?:is|are|be|and|fully|100%|entirely|completely)\s+remote[- ]based\s*(?:[.!;)\n]|$)`, 40, 8, "remote-based", "remote based")
	locationsRemoteIs = newKeyRegexp(`(?i)\blocations?\s*:\s*(?:fully\s+|100%\s+)?remote\b\s*(?:$|[.;,\n(/|–—-]|or\b|and\b)`, 4, 40, "location")
)

// remoteStatementMore returns remote and its wording, or unknown (the key
// scan finds "remote-based" and "location" first).
func remoteStatementMore(text string) (bool, string) {
	if loc := remoteBasedEnd.FindStringIndex(text); loc != nil {
		return true, text[loc[0]:loc[1]]
	}
	if loc := locationsRemoteIs.FindStringIndex(text); loc != nil {
		return true, text[loc[0]:loc[1]]
	}
	return false, ""
}
