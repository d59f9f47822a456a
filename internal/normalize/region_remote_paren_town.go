package normalize

import "strings"

// A remote or hybrid word with its place in parentheses, "Remoto (Olinda,
// PE)" or "Remote (Cusco, PE)", names the same place as "Remoto - Olinda,
// PE" does. Rewritten to the dash form, the town and its two-letter code
// are read together by the town-and-code readers, so a code that is both a
// country's and a Canadian province's (PE, NL, SK) goes with its town and
// not with Canada. Table tests in region_remote_paren_town_test.go.

// remoteParenHeads are the work-mode words that may wrap a place.
var remoteParenHeads = map[string]bool{"remote": true, "remoto": true, "remota": true, "fully remote": true,
	"hybrid": true, "híbrido": true, "hibrido": true, "home office": true, "teletrabajo": true}

// remoteParenTownLoc returns "<mode word> - Town, XX" from "<mode word>
// (Town, XX)", and the location unchanged otherwise.
func remoteParenTownLoc(loc string) string {
	if len(loc) > 60 || !strings.HasSuffix(loc, ")") {
		return loc
	}
	open := strings.IndexByte(loc, '(')
	if open <= 0 || strings.Count(loc, "(") != 1 {
		return loc
	}
	head := strings.TrimSpace(loc[:open])
	if !remoteParenHeads[strings.ToLower(head)] {
		return loc
	}
	inner := strings.TrimSpace(loc[open+1 : len(loc)-1])
	i := strings.IndexByte(inner, ',')
	if i <= 0 || strings.Count(inner, ",") != 1 {
		return loc
	}
	// The first part is a town written in words, not a code ("US, CA").
	town := strings.TrimSpace(inner[:i])
	if len(town) < 3 || strings.ToUpper(town) == town {
		return loc
	}
	code := strings.TrimSpace(inner[i+1:])
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return loc
	}
	return head + " - " + inner
}
