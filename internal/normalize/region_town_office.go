package normalize

import "strings"

// A town alone is an office too (table tests in
// region_town_office_test.go). Lever's allLocations and Ashby's
// secondaryLocations often write an office as its town with no comma
// ("Lisbon" beside "Remote - Germany"); officeEntry took only addresses
// with a comma for offices, so the town's country joined the remote
// regions. An entry that is one known town of one country, with no
// work-mode word, is an office here as an address is. A town named as
// its own country (a city-state: "Singapore") stays a place the remote
// work may be done from, as any bare country does.

// townOfficeEntry reports whether loc is a single town of one country and
// not that country's own name.
func townOfficeEntry(loc string) bool {
	loc = strings.TrimSpace(loc)
	if len(loc) < 3 || len(loc) > 30 || strings.ContainsAny(loc, ";/|()") {
		return false
	}
	key := foldTown(loc)
	places := worldTowns[key]
	if !oneCountryTown(places) {
		return false
	}
	if wc := worldCountries[places[0].country]; wc == nil || foldTown(wc.name) == key {
		return false
	}
	return !locRemote.MatchString(loc) && !locHybrid.MatchString(loc) && !locOnsite.MatchString(loc)
}
