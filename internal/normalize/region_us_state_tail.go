package normalize

import "strings"

// A US state code that the usual "Town, ST" shape misses because something
// follows it (table tests in region_us_state_tail_test.go). usStateTailLoc
// runs in fixCodeLoc, on the location fields only, and rewrites the
// location to "United States" when it reads one of these:
//
//   - a state code before a five-digit ZIP code: "Norfolk VA 23504",
//     "FL 33436", "Livermore CA 94551 and 25 miles" (CA is the state here,
//     not Canada);
//   - a county before a state code at the end: "Summit & Cuyahoga County
//     OH";
//   - a town, a state code and words that name no place and offer no other
//     choice: "Rochester, NY RESALE", "Arlington, TX and surrounding area",
//     "Amarillo TX resale" (not "Peoria, IL or Remote", which the remote
//     readers read).
//
// The rest of the location must name no place outside the United States,
// so "Berlin DE 10115" (a German postcode after Germany's code) and
// "London, GA area" keep their readings; only a ZIP code makes a foreign
// town's name before a state that is no country's code its US namesake
// ("Vienna, VA 22180"). The third shape skips
// the codes Regions reads as countries ("CA", "DE", "IN"); without a comma
// it also skips the codes that are English words ("OR", "ME", "OH") and
// needs a lower-case letter somewhere, so an all-capitals "REMOTE OR
// HYBRID" is no Oregon.

// stateTailWords are US state codes that are also English words when
// written in capitals.
var stateTailWords = map[string]bool{"OR": true, "IN": true, "ME": true, "HI": true, "OK": true, "OH": true, "ID": true}

// usStateTailLoc returns "United States" for a location of the shapes
// above, or "".
func usStateTailLoc(loc string) string {
	if len(loc) < 4 || len(loc) > 120 {
		return ""
	}
	for i := 0; i+1 < len(loc); i++ {
		if !stateTailUpper(loc[i]) || !stateTailUpper(loc[i+1]) || i > 0 && stateTailLetter(loc[i-1]) || i+2 < len(loc) && stateTailLetter(loc[i+2]) {
			continue
		}
		code := loc[i : i+2]
		if !usStates[code] {
			continue
		}
		if usStateTailAt(loc, i, code) {
			return "United States"
		}
	}
	return ""
}

// usStateTailAt reports whether the state code at loc[i:i+2] is read as a
// US state by one of the shapes.
func usStateTailAt(loc string, i int, code string) bool {
	before := strings.TrimRight(loc[:i], " ")
	after := loc[i+2:]
	if len(after) > 0 && after[0] != ' ' {
		return false // "TX-123", "CA/remote": not these shapes
	}
	// A ZIP code: spaces, five digits, then no more digits (a ZIP+4's "-"
	// may follow).
	if rest := strings.TrimLeft(after, " "); len(rest) >= 5 && allDigits(rest[:5]) && (len(rest) == 5 || !isDigit(rest[5])) {
		// A foreign town's name before a state that is no country's code
		// is its US namesake ("Vienna, VA 22180"); before "DE", "CA" or
		// "IN" it must name no other country ("Berlin DE 10115").
		return onlyUSPlaces(rest[5:]) && (!isRegionCode(code) || onlyUSPlaces(before))
	}
	// A county before the code at the end.
	if strings.TrimSpace(after) == "" {
		return hasSuffixFold(before, " county") && onlyUSPlaces(before)
	}
	// A town, the code, words that name no place.
	if isRegionCode(code) || !stateTailHasLower(loc) {
		return false
	}
	town := before
	if strings.HasSuffix(town, ",") {
		town = strings.TrimRight(strings.TrimSuffix(town, ","), " ")
	} else if stateTailWords[code] {
		return false
	}
	if town == "" || !stateTailUpper(town[0]) || strings.ContainsAny(town, ",;|/()") {
		return false
	}
	rest := strings.TrimSpace(after)
	if rest == "" || !stateTailLetter(rest[0]) || stateTailChoice(rest) {
		return false
	}
	return onlyUSPlaces(town) && onlyUSPlaces(rest)
}

// stateTailChoice reports words after the code that offer another place or
// way of working ("or Remote", "/ Hybrid"): the town is then one choice, and
// the remote readers decide.
func stateTailChoice(rest string) bool {
	if hasPrefixFold(rest, "or ") {
		return true
	}
	for _, w := range [...]string{"remote", "hybrid", "home", "anywhere", "virtual", "office", "site", "travel"} {
		if containsFold(rest, w) {
			return true
		}
	}
	return false
}

// onlyUSPlaces reports whether s names no place but the United States.
func onlyUSPlaces(s string) bool {
	for _, r := range Regions(s) {
		if r != "US" {
			return false
		}
	}
	return true
}

func stateTailUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

func stateTailLetter(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }

// allDigits reports whether every byte of s is an ASCII digit (true for "").
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func stateTailHasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return true
		}
	}
	return false
}
