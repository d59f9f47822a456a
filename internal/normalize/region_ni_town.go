package normalize

import "strings"

// A Northern Irish town written with "Ireland" as its country (table
// tests in region_ni_town_test.go): "Belfast, Ireland" and "Newry,
// Ireland" name places in the United Kingdom, on the island of Ireland
// but not in the Republic. northIrishTownLoc writes the country part of
// such a location as "Northern Ireland", which the region readers map to
// GB. Only a short list of towns and counties that lie wholly in
// Northern Ireland is used, so "Dublin, Ireland" or "Cork, Ireland" keep
// their reading, and so does a location that names two towns.

// northIrishPlaces are folded names of towns and counties of Northern
// Ireland that name no place in the Republic.
var northIrishPlaces = map[string]bool{
	"belfast": true, "derry": true, "londonderry": true, "newry": true,
	"lisburn": true, "armagh": true, "antrim": true, "omagh": true,
	"enniskillen": true, "coleraine": true, "ballymena": true,
	"craigavon": true, "newtownabbey": true, "portadown": true,
	"county antrim": true, "co antrim": true, "county armagh": true,
	"county down": true, "county fermanagh": true, "county tyrone": true,
	"county londonderry": true, "co down": true, "co armagh": true,
	"co tyrone": true, "co fermanagh": true,
}

// northIrishTownLoc returns loc with its last part written "Northern
// Ireland" when that part is "Ireland" and an earlier comma part is a
// Northern Irish town or county; otherwise loc.
func northIrishTownLoc(loc string) string {
	if len(loc) > 64 || !strings.Contains(loc, "reland") {
		return loc
	}
	parts := strings.Split(loc, ",")
	n := len(parts)
	if n < 2 || n > 3 || !strings.EqualFold(strings.TrimSpace(parts[n-1]), "ireland") {
		return loc
	}
	for _, p := range parts[:n-1] {
		f := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(p, ".", "")), " "))
		if northIrishPlaces[f] {
			return strings.Join(parts[:n-1], ",") + ", Northern Ireland"
		}
	}
	return loc
}
