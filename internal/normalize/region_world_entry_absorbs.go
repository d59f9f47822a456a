package normalize

import "regexp"

// A worldwide entry beside other place entries (table tests in
// region_world_entry_absorbs_test.go). A board that lists the places a
// remote role may be done from in separate entries means any one of them:
// the JSON-LD adapter writes the posting's office (jobLocation) and then
// each applicantLocationRequirements name, so an office "US" or "Remote,
// MY" stands beside a requirement "Worldwide", and an ATS writes its
// company address beside a location "Anywhere". The world holds every
// other place, so an entry that is the world alone ("Worldwide",
// "Anywhere", "Remote - Worldwide") makes the listing worldwide and the
// other place entries are dropped. Within one entry a place still narrows
// the world ("Worldwide, Europe" is Europe), and a hybrid or on-site entry
// is kept: it is an office of its own mode, not a remote option.

// worldEntryOthers returns locations without their place entries when one
// entry is the world alone and another names a place; else locations.
func worldEntryOthers(locations []string) []string {
	if len(locations) < 2 {
		return locations
	}
	world := -1
	for i, loc := range locations {
		if worldEntry(loc) {
			world = i
			break
		}
	}
	if world < 0 {
		return locations
	}
	out := make([]string, 0, len(locations))
	for i, loc := range locations {
		if i == world || locHybrid.MatchString(loc) || locOnsite.MatchString(loc) {
			out = append(out, loc)
		}
	}
	return out
}

// worldEntry is an entry that names the world and nothing else:
// "Worldwide", "Anywhere in the World", "Remote - Global", "World (Remote)".
func worldEntry(loc string) bool {
	if len(loc) > 40 || !(containsFold(loc, "world") || containsFold(loc, "anywhere") || containsFold(loc, "global")) {
		return false
	}
	return worldEntryWhole.MatchString(loc)
}

// worldEntryWhole is the world as a whole entry, with a remote word before
// or after it.
var worldEntryWhole = regexp.MustCompile(`(?i)^\s*(?:(?:fully |100% )?remote\s*[-–—,:/|(]*\s*)?(?:worldwide|world[- ]wide|world|anywhere(?: in the world)?|global(?:ly)?|around the world)\s*\)?\s*(?:[-–—,/|(]\s*(?:fully )?remote\s*\)?)?\s*[.!]?\s*$`)
