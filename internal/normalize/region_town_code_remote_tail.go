package normalize

import "strings"

// A lower-case country code between a town and the remote word (table
// tests in region_town_code_remote_tail_test.go). Some feeds write a
// remote listing's location as "town, code, Remote" with the code in
// lower case ("Apex, us, Remote", "Skive, dk, Remote"). fixCodeLoc reads
// a lower-case code that ends a location ("Noida, UP, in"); here the
// remote word follows it, and the code was left unread when the town is
// in none of our tables. Between a capitalised town and the remote word a
// two-letter segment has no other reading, so "us" is the United States
// there too (as in a bare "Remote, us", region_remote_lower_code.go).
// Codes of US states are left alone ("Dover, de, Remote" may be
// Delaware), as is any segment that is not the whole code.

// townCodeRemoteTail returns the English name of the country whose code
// stands as the second-last of parts before a last part that is the remote
// word, after a town; "" otherwise.
func townCodeRemoteTail(parts []string) string {
	n := len(parts)
	if n < 3 || !strings.EqualFold(parts[n-1], "remote") {
		return ""
	}
	code, town := parts[n-2], parts[n-3]
	if len(code) != 2 || code[0] < 'a' || code[0] > 'z' || code[1] < 'a' || code[1] > 'z' {
		return ""
	}
	if town == "" || town[0] < 'A' || town[0] > 'Z' {
		return "" // a town's name, capitalised
	}
	up := strings.ToUpper(code)
	if up == "US" {
		return "United States"
	}
	if usStates[up] {
		return ""
	}
	if name := codeCountryName(up); name != "" {
		return name
	}
	return townLowerCodeName(town, up)
}
