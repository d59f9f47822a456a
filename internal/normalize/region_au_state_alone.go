package normalize

import "strings"

// An Australian state code that is the whole location field, alone or
// beside work-mode words (table tests in region_au_state_alone_test.go):
// Seek and the boards that copy its fields write "NSW" or "QLD (Hybrid)"
// where the state is all they say. A work-mode word before the code keeps
// the same reading ("Remote, NSW" is New South Wales: this changed
// the earlier pins, as these codes name no other place). The four codes read
// here are no US state's, Canadian province's or country's code ("NSW",
// "VIC", "QLD", "TAS"); "SA", "WA", "NT" and "ACT" are left out, as they
// are also South Africa, Washington, Canada's Northwest Territories and a
// word. Read in capitals only ("Vic" is a name), also after a town the
// other readers leave unread ("Newcastle NSW": Newcastle is also
// England's) and before a postcode ("Wollongong NSW 2500").

// auStateAlone are the Australian state codes read alone.
var auStateAlone = map[string]bool{"NSW": true, "VIC": true, "QLD": true, "TAS": true}

// auStateAloneLoc returns loc with ", Australia" added when loc is an
// Australian state code alone (see above), or "".
func auStateAloneLoc(loc string) string {
	if len(loc) < 3 || len(loc) > 40 {
		return ""
	}
	code := ""
	for _, w := range strings.FieldsFunc(loc, func(r rune) bool {
		return r == ' ' || r == ',' || r == '-' || r == '(' || r == ')' || r == '/' || r == '|' || r == '–' || r == '—' || r == '•' || r == '·' || r == '&'
	}) {
		switch {
		case code != "" && (geoFiller[strings.ToLower(w)] || strings.EqualFold(w, "only")):
			// "NSW (Hybrid)", "QLD only"
		case geoFiller[strings.ToLower(w)] || strings.EqualFold(w, "only"):
			// "Remote, NSW": these four codes name no other place, so a mode
			// word before one is filler too
		case auStateAlone[w] && code == "":
			code = w
		case code == "" && w[0] >= 'A' && w[0] <= 'Z':
			// "Newcastle NSW", "Gold Coast QLD": a town before the code
		case code != "" && strings.Trim(w, "0123456789") == "":
			// a postcode after the code: "Wollongong NSW 2500"
		default:
			return "" // another word: a phrase the other readers read
		}
	}
	if code == "" {
		return ""
	}
	return loc + ", Australia"
}
