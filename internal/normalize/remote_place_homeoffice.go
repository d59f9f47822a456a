package normalize

import "regexp"

// A German board writes the home office after the place, in brackets:
// "Berlin, Deutschland (Homeoffice)", "München (100% Homeoffice)". The
// one-word "Homeoffice" is German and names the work mode, so the place
// is where the remote worker is. The English "Home Office" after a place
// is left alone ("Dallas, TX (Home Office)" is a head office), and so is a
// qualified one ("(teilweise Homeoffice)", read elsewhere as hybrid).
// Table tests in remote_place_homeoffice_test.go.
//
// A comma, dash or slash before the one word does the same: "Hamburg,
// Homeoffice", "Köln - Homeoffice" (Personio and other German ATS offices).
var placeHomeofficeRe = regexp.MustCompile(`(?i)^\s*[\p{L}][\p{L} .,'-]{1,40}(?:\(\s*(?:100\s?%\s*)?homeoffice\s*\)|[,/–-]\s*(?:100\s?%\s*)?homeoffice)\s*$`)

// placeHomeofficeLoc reports a place with a bracketed German home office.
func placeHomeofficeLoc(loc string) bool {
	return len(loc) <= 64 && containsFold(loc, "homeoffice") && placeHomeofficeRe.MatchString(loc)
}
