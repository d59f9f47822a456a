package normalize

import (
	"regexp"
	"strings"
)

// remoteNote is a place note beside "remote" in a description, as boards
// write it in a location line: "Location: Remote (UK)", "Remote (US or
// Canada).", "Remote - North America", "Remote, LATAM-based", "(100%
// remote, any country)".
var remoteNote = newKeyRegexp(`(?i)\bremote(?:\s+(?:job|role|position|work|opportunity))?\s*(?:\(\s*([^()\n]{2,60}?)\s*\)|[-–—:,]\s*([^\n]{2,60}))|\(([^()\n]{0,40}\bremote\b[^()\n]{0,60})\)`, 45, 70, "remote")

// remoteWords are the words of a remote note that are not its place.
var remoteWords = regexp.MustCompile(`(?i)\b(?:fully|remote|only)\b|100%`)

// noteRegions reads the regions of the remote notes in text. A note counts
// only when it is nothing but a list of places ("US or Canada", "any
// country"), so "Remote (with occasional travel to our London office)"
// names no region.
func noteRegions(text string) []string {
	rs, _ := remotePlaceNote(text)
	return rs
}

// remotePlaceNote returns the regions of the first remote note in text
// that names only places, and the note's span.
func remotePlaceNote(text string) ([]string, []int) {
	if !hasFold(text, "remote") {
		return nil, nil
	}
	for _, m := range remoteNote.FindAllStringSubmatchIndex(text, -1) {
		var note string
		for g := 1; g <= 3 && note == ""; g++ {
			if m[2*g] >= 0 {
				note = text[m[2*g]:m[2*g+1]]
			}
		}
		if rs := placeOnlyList(remoteWords.ReplaceAllString(note, " ")); len(rs) > 0 {
			return rs, m[:2]
		}
	}
	return nil, nil
}

// placeOnlyList reads s up to the end of its clause as a list of places,
// each item at most three words that name one; it returns nil when any item
// is something else.
func placeOnlyList(s string) []string {
	s = spellEMEA(s)
	if i := strings.IndexAny(s, ";!?\n()"); i >= 0 {
		s = s[:i]
	}
	// A full stop ends the list unless it is an abbreviation's ("U.S.").
	for i := 0; i < len(s); i++ {
		if s[i] == '.' && !(i > 0 && s[i-1] >= 'A' && s[i-1] <= 'Z' && (i < 2 || s[i-2] == '.' || s[i-2] == ' ')) {
			s = s[:i]
			break
		}
	}
	s = dropZoneOffsets(s) // "GMT-8–GMT-5" beside the places (region_note_offsets.go)
	return placeItems(listSep.Split(s, -1), 3)
}

// placeItems reads each non-empty item as places of at most maxWords
// words; nil when any item names none or is longer.
func placeItems(items []string, maxWords int) []string {
	var out []string
	for _, item := range items {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		rs := Regions(item)
		if len(rs) == 0 || len(strings.Fields(item)) > maxWords {
			return nil
		}
		for _, r := range rs {
			out = appendUnique(out, r)
		}
	}
	return out
}

// emeaSpelled is EMEA written out: "Europe, the Middle East and Africa",
// "Europe, Middle East, Africa".
var emeaSpelled = regexp.MustCompile(`(?i)\beurope,?\s+(?:the\s+)?middle\s+east(?:,?\s+(?:and|&)|,)\s+africa\b`)

// spellEMEA replaces EMEA written out by its code, so that a list reader
// does not take it for three places.
func spellEMEA(s string) string {
	if !hasFold(s, "middle east") {
		return s
	}
	return emeaSpelled.ReplaceAllString(s, "EMEA")
}

var (
	// hireOutside is a refusal to hire outside a place: "we're unable to
	// hire outside the UK", "we cannot consider candidates outside of
	// Canada".
	hireOutside = newKeyRegexp(`(?i)\b(?:unable to|cannot|can't|can not|not able to|do not|don't|won't|will not|are not|aren't)\s+(?:currently\s+|yet\s+)?(?:hire|hiring|employ|recruit|consider|accept|sponsor)\s+(?:(?:candidates|applicants|applications|anyone|people|talent|employees)\s+)?(?:(?:based|located|living|residing)\s+)?outside\s+(?:of\s+)?(?:the\s+)?([\p{L}., ]{2,60})`, 80, 70, "outside")
	// clearanceOf is a national security clearance: "an active US security
	// clearance", "UK SC clearance".
	clearanceOf = newKeyRegexp(`(?i)\b(US|U\.S\.|USA|American|UK|British|Canadian|Australian)\s+(?:(?:government|security|federal|sc|dv|nv1|nv2|baseline)\s+){0,2}clearance\b`, 40, 10, "clearance")
	// remoteEverywhere is remote work open everywhere: "remote worldwide",
	// "we hire wherever you are", "candidates worldwide welcome", "open to
	// remote candidates globally", "this is a worldwide remote role". Working "from wherever you like" is a
	// freedom of the job, not where it hires: no region.
	remoteEverywhere = newKeyRegexp(`(?i)\bremote(?:ly)?\s+(?:worldwide|globally|anywhere in the world)\b|`+
		`\b(?:candidates|applicants|applications|talent|people)\s+(?:from\s+)?(?:worldwide|globally|everywhere|all over the world|around the world)\s+(?:are\s+)?(?:(?:very|most|also)\s+)?(?:welcome|encouraged|accepted|considered)\b|`+
		`\b(?:a|an|this|the|our)\s+(?:(?:fully|100%|completely)\s+)?(?:worldwide|global)[\s-]+remote\s+(?:role|position|job|opportunity)\b|`+
		`\bopen to (?:remote |international )?(?:candidates|applicants|talent|people)\s+(?:from\s+)?(?:worldwide|globally|everywhere|all over the world|around the world)\b|\b(?:hire|hiring|recruit)\s+(?:from\s+)?wherever\s+you\s+(?:are|live|like|want|choose|happen to be)\b|\bwork\s+(?:from\s+)?wherever\s+you\s+(?:are|live|happen to be)\b`, 60, 40, "worldwide", "globally", "anywhere in the world", "wherever", "everywhere", "all over the world", "around the world", "global remote", "global-remote")
)

// moreRegions reads regions from refusals to hire outside a place, national
// security clearances and remote work open everywhere.
func moreRegions(text string) []string {
	for _, m := range hireOutside.FindAllStringSubmatch(text, -1) {
		if rs := regionList(m[1]); len(rs) > 0 {
			return rs
		}
	}
	for _, m := range clearanceOf.FindAllStringSubmatch(text, -1) {
		if rs := regionOrDemonym(m[1]); len(rs) > 0 {
			return rs
		}
	}
	if remoteEverywhere.MatchString(text) || worldRemoteSentence(text) || locationFreeAt(text) != nil { // "Worldwide remote position." (region_world_remote_sentence.go), "Location-independent role" (remote_location_free.go)
		return []string{RegionWorldwide}
	}
	return nil
}
