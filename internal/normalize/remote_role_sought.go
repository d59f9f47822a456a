package normalize

import "strings"

// Classifieds and their gig sections.
//
// A classified ad often says its work mode as an adjective on the person
// sought: "Hiring a remote bookkeeper", "A remote dispatcher is needed to
// ...". remoteRoleSought reads those two frames. The word after "remote"
// must not be a place or a technical sense of the word: "a remote site",
// "remote sensing", "a remote office" name no work mode.
var remoteRoleFrame = newKeyRegexp(`(?im)(?:\b(?:hiring|seeking|looking\s+for|need|needs|recruiting)\s+an?\s+remote\s+([\p{L}-]+)|(?:^|[.!?]\s+)an?\s+remote\s+([\p{L}-]+)(?:\s+[\p{L}-]+){0,3}\s+(?:is|are)\s+(?:needed|wanted|required|sought)\b)`, 30, 80, "remote")

// remoteNotRole are the words after "remote" that make it a place or a
// technique, not the way the work is done.
var remoteNotRole = map[string]bool{
	"site": true, "sites": true, "location": true, "locations": true, "area": true, "areas": true,
	"sensing": true, "control": true, "controls": true, "village": true, "villages": true,
	"island": true, "islands": true, "community": true, "communities": true, "region": true,
	"regions": true, "camp": true, "camps": true, "access": true, "desktop": true, "server": true,
	"servers": true, "monitoring": true, "device": true, "devices": true, "office": true, "offices": true,
	"branch": true, "facility": true, "facilities": true, "clinic": true, "station": true,
}

// remoteRoleSought returns the frame read, or "".
func remoteRoleSought(text string) string {
	for _, m := range remoteRoleFrame.FindAllStringSubmatchIndex(text, 4) {
		w := ""
		switch {
		case m[2] >= 0:
			w = text[m[2]:m[3]]
		case m[4] >= 0:
			w = text[m[4]:m[5]]
		}
		if w == "" || remoteNotRole[strings.ToLower(w)] {
			continue
		}
		return strings.TrimSpace(strings.TrimLeft(text[m[0]:m[1]], ".!?"))
	}
	return ""
}
