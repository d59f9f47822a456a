package normalize

import "github.com/gigscout/gigscout/internal/model"

// A remote word in a title ("Remote Engineer", "Remote · QA Engineer") is
// read as a location entry beside the listing's own. Where the listing's
// own locations mark the work on-site ("San Francisco (on-site)", "Onsite -
// Austin"), that mark is the board's field for this post and says more than
// a word in its title: the title's entry is dropped and the post is read
// on-site. A hybrid or remote own location, or one with no mode, keeps the
// title's reading.

// titleRemoteUnderOnsite returns locs without the title's entries (those
// from n on) when they read remote and the own entries (before n) read
// on-site.
func titleRemoteUnderOnsite(locs []string, n int) []string {
	if n == 0 || len(locs) <= n {
		return locs
	}
	if r, _ := fromLocations(locs[n:]); r != model.RemoteRemote {
		return locs
	}
	if r, _ := fromLocations(locs[:n]); r != model.RemoteOnsite {
		return locs
	}
	return locs[:n]
}
