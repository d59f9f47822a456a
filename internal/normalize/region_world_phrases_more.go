package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// More ways of saying a remote job may be done from anywhere, read when
// no other reader named a region (table tests in
// region_world_phrases_more_test.go):
//   - a location item "Remote - Open to all locations" or "Remote - Not
//     location specific";
//   - a sentence "The position is not location-bound.", "We don't care
//     where you work from.", "Location doesn't matter to us.", "You choose
//     where you work.", a line "Location: Wherever you are" or a clause
//     ending "..., open to all locations.".
//
// Each sentence must end where the phrase ends: "Location doesn't matter
// within the US", "You choose where you work within Spain" or "open to
// all locations in Canada" name a country, not the world.

var (
	// worldLocItem is a whole location item that opens the job to all places.
	worldLocItem = regexp.MustCompile(`(?i)^\s*(?:(?:100%\s+)?remote\s*[-–—:,(]?\s*)?(?:open\s+to\s+all\s+locations|not\s+location[- ]specific|no\s+location\s+requirements?)\s*\)?\s*$`)
	// worldSentence is a sentence that says where one works does not matter.
	worldSentence = regexp.MustCompile(`(?i)\b(?:(?:is|are)\s+not\s+location[- ]bound|(?:don't|do\s+not|doesn't|does\s+not)\s+care\s+where\s+you\s+(?:work|live)(?:\s+from)?|location\s+(?:doesn't|does\s+not)\s+matter(?:\s+to\s+us)?|you\s+(?:can\s+|get\s+to\s+)?choose\s+where\s+you\s+(?:work|live)(?:\s+from)?|location\s*:\s*wherever\s+you\s+are|open\s+to\s+(?:all|any)\s+locations)\s*(?:[.!\n]|$)`)
)

// reviseWorldPhrasesMore marks worldwide a remote listing with no region
// whose location item or text says any place will do.
func reviseWorldPhrasesMore(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || len(ri.Regions) > 0 {
		return ri
	}
	for _, l := range locs {
		if len(l) < 60 && containsAnyFold(l, []string{"location", "open to all"}) && worldLocItem.MatchString(l) {
			ri.Regions, ri.Evidence = []string{RegionWorldwide}, "location: "+l
			return ri
		}
	}
	if !containsAnyFold(text, []string{"location", "where you"}) {
		return ri
	}
	if m := worldSentence.FindString(text); m != "" {
		ri.Regions, ri.Evidence = []string{RegionWorldwide}, "text: "+m
	}
	return ri
}
