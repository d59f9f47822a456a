package normalize

// Office entries beside remote ones in an ATS's location list (table
// tests in region_remote_entries_offices_test.go): Lever's allLocations
// and Ashby's secondaryLocations list the offices and the remote options
// of one listing side by side ("London, UK" and "Remote - Europe"; "New
// York, NY" and "Remote - Canada"). When an entry with a remote word names
// a region (the world too: "Austin, TX, US" and "Worldwide" is
// worldwide), the entries written as an address (with a comma) and no
// work-mode word are offices, not places the remote work may be done
// from, and remoteRegions reads only the others. An entry that says only
// "Remote" names no region and leaves the list as it is ("New York, NY"
// and "Remote" is still the US), as do a bare country ("Remote - US" and
// "Canada" may be two remote options; "US" and "Worldwide" stays the US,
// as a named place beats the world within one field) and a hybrid or
// on-site entry; a single entry is left to the segment readers ("Paris,
// Madrid, Remote EU": region_remote_segments.go).

// remoteEntriesOnly returns locations without their office entries when
// some entry is remote and names a region, else locations unchanged.
func remoteEntriesOnly(locations []string) []string {
	if len(locations) < 2 {
		return locations
	}
	named, bare := false, 0
	for _, loc := range locations {
		switch {
		case locRemote.MatchString(loc):
			if !named && len(Regions(loc)) > 0 {
				named = true
			}
		case areaOnlyEntry(loc): // "EU" beside "Berlin, DE" (region_offices_rewritten.go)
			named = true
		case officeEntry(loc):
			bare++
		}
	}
	if !named || bare == 0 {
		return locations
	}
	out := make([]string, 0, len(locations)-bare)
	for _, loc := range locations {
		if !officeEntry(loc) {
			out = append(out, loc)
		}
	}
	return out
}

// officeEntry is an address with no work-mode word: "London, UK",
// "Toronto, Ontario, Canada".
func officeEntry(loc string) bool {
	for i := 0; i < len(loc); i++ {
		if loc[i] == ',' {
			return !locRemote.MatchString(loc) && !locHybrid.MatchString(loc) && !locOnsite.MatchString(loc)
		}
	}
	return townOfficeEntry(loc) // "Lisbon" beside "Remote - Germany" (region_town_office.go)
}
