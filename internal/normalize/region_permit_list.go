package normalize

import (
	"regexp"
	"slices"

	"github.com/gigscout/gigscout/internal/model"
)

// A sentence that lists where a remote worker may be, naming the field's
// own place among others, widens the field (table tests in
// region_permit_list_test.go): an office field "Austin, TX (HQ), Remote" with
// "You may work remotely from the US, Mexico or Brazil" is those three
// countries; "Remote" read as the UK by one reader, with "a remote role in
// the UK and parts of Europe", is the UK and Europe. The list must hold
// every region already read, so a sentence naming other places only (a
// conflict, or a pay band) changes nothing; a demand that narrows is read
// elsewhere. The shape is general: a permission frame ("can/may work
// remotely from", "work from anywhere in", "open to candidates based in",
// "remote role in") followed by a place list.

// permitListFrame is the permission frame up to where its place list starts.
var permitListFrame = newKeyRegexp(`(?i)\b(?:(?:can|may|are\s+able\s+to|will\s+be\s+able\s+to)\s+work\s+(?:fully\s+)?remotely\s+(?:from|in)\s+(?:anywhere\s+in\s+)?|work\s+from\s+anywhere\s+in\s+|open\s+to\s+(?:candidates|applicants|people|talent)\s+(?:(?:based|located|living|residing)\s+)?(?:in|from|across)\s+|remote\s+(?:role|position)\s+in\s+)(?:the\s+)?`,
	40, 90, "work remotely from", "work remotely in", "work fully remotely", "from anywhere in", "open to candidates", "open to applicants", "open to people", "open to talent", "remote role in", "remote position in")

// partsOfPrefix drops a part word before a region: "parts of Europe" is
// still Europe for where a worker may be.
var partsOfPrefix = regexp.MustCompile(`(?i)\b(?:parts|most|some)\s+of\s+(?:the\s+)?`)

// revisePermitList widens a remote listing's regions by a permission sentence
// whose place list holds them all and names more.
func revisePermitList(text string, ri RemoteInfo) RemoteInfo {
	if len(ri.Regions) == 0 || ri.Remote != model.RemoteRemote {
		return ri
	}
	for _, r := range ri.Regions {
		if r == RegionWorldwide {
			return ri
		}
	}
	for _, m := range permitListFrame.FindAllStringIndex(text, -1) {
		if negatedClause(text, m[0], m[1]) {
			continue
		}
		rest := text[m[1]:]
		if k := sentenceStopIndex(rest); k >= 0 {
			rest = rest[:k]
		}
		rest = permitListExamplesCut(rest) // "Latin America, such as Peru": examples (region_permit_list_examples.go)
		rs := placeList(partsOfPrefix.ReplaceAllString(rest, ""))
		if len(rs) < 2 || !listHoldsAll(rs, ri.Regions) {
			continue
		}
		for _, r := range rs {
			ri.Regions = appendUnique(ri.Regions, r)
		}
	}
	return ri
}

// listHoldsAll reports whether list names every region of had.
func listHoldsAll(list, had []string) bool {
	for _, h := range had {
		if !slices.Contains(list, h) {
			return false
		}
	}
	return true
}

// sentenceStopIndex is the index of the first sentence stop in s, or -1.
func sentenceStopIndex(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ';', '!', '?', '\n':
			return i
		case '.':
			if i+1 >= len(s) || s[i+1] == ' ' || s[i+1] == '\n' {
				if i > 0 && (s[i-1] == 'S' || s[i-1] == 'A') && i > 1 && s[i-2] == '.' {
					continue // "U.S." and "U.S.A."
				}
				return i
			}
		}
	}
	return -1
}
