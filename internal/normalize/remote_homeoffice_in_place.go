package normalize

import "regexp"

// A German board names the work mode first and the place after "in" or
// "aus": "Homeoffice in Niedersachsen", "Home-Office aus ganz Bayern". The
// one-word "Homeoffice" (or "Home-Office") is German and means working
// from home, so the place is where the remote worker lives. The English
// "Home Office in Dallas" (a head office) is left alone, and the place
// must be one Regions reads. Table tests in
// remote_homeoffice_in_place_test.go.
var homeofficeInRe = regexp.MustCompile(`(?i)^\s*(?:100\s?%\s*)?home-?office\s+(?:in|aus)\s+(?:ganz\s+)?([\p{L}][\p{L} .,'-]{1,40})$`)

// homeofficeInPlaceLoc reports a German home office in a named place.
func homeofficeInPlaceLoc(loc string) bool {
	if len(loc) > 64 || !containsFold(loc, "office") {
		return false
	}
	m := homeofficeInRe.FindStringSubmatch(loc)
	return m != nil && len(Regions(m[1])) > 0
}
