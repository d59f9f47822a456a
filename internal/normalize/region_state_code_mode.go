package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A location entry that is a US state code and a work-mode note, with no
// town (table tests in region_state_code_mode_test.go): US boards write a hybrid or
// remote listing's place as the state alone, "FL; Hybrid", "OH (Remote)",
// "TX (Hybrid - 3 days on site)". stateCodeRemoteEntry reads "NY, Remote";
// this also reads the hybrid word, a semicolon, and a short note after the
// mode word inside the parentheses. As there, a code that is also a
// country's ISO code ("IN", "DE", "CA") is left to the other readers, and
// "Remote, NY" (mode word first) to the state readers.

// stateCodeModeEntry returns US for an entry that is one upper-case US
// state code followed by "hybrid" or "remote", and at most a note after
// the mode word when that word opens a parenthesis; nil otherwise.
func stateCodeModeEntry(loc string) []string {
	loc = strings.TrimSpace(loc)
	if len(loc) < 6 || len(loc) > 40 {
		return nil
	}
	code := loc[:2]
	if code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' || !usStates[code] {
		return nil
	}
	if _, ok := model.RegionNames[code]; ok {
		return nil
	}
	rest := strings.TrimLeft(loc[2:], " ;,-–(")
	if len(rest) == len(loc)-2 { // no separator after the code: "TXRemote", "Texas"
		return nil
	}
	paren := strings.Contains(loc[2:len(loc)-len(rest)], "(")
	word := ""
	for _, w := range []string{"hybrid", "remote"} {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
			word = w
		}
	}
	if word == "" {
		return nil
	}
	tail := strings.TrimSpace(rest[len(word):])
	switch {
	case tail == "", paren && tail == ")":
		return []string{"US"}
	case paren && strings.HasSuffix(tail, ")") && (tail[0] == '-' || tail[0] == ',' || tail[0] == ':') && !strings.ContainsAny(tail[1:len(tail)-1], "()"):
		return []string{"US"} // "(Hybrid - 2 days in-office)"
	}
	return nil
}

// modeStateCodeEntry returns US for an entry that is "Remote" or "Hybrid"
// and then one upper-case US state code with only spaces or a dash
// between ("Remote TX", "Hybrid NJ"); nil otherwise. As above, a code
// that is also a country's ("Remote DE", "Remote CA") is left to the
// country readers.
func modeStateCodeEntry(loc string) []string {
	if len(loc) > 20 {
		return nil
	}
	f := strings.FieldsFunc(loc, codeEntrySep) // region_bare_code_entry.go
	if len(f) != 2 || !strings.EqualFold(f[0], "remote") && !strings.EqualFold(f[0], "hybrid") {
		return nil
	}
	code := f[1]
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' || !usStates[code] {
		return nil
	}
	if _, ok := model.RegionNames[code]; ok {
		return nil
	}
	return []string{"US"}
}
