package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// On-site and hybrid named together (table tests in
// remote_joined_modes_test.go): "Location: Austin TX (Onsite- Hybrid)",
// "Onsite / Hybrid", "On-site/Hybrid", "Hybrid & Onsite". The on-site word
// alone reads on-site; joined with hybrid it states a hybrid arrangement
// (as "Remote/Hybrid" already reads hybrid). A list that also names remote
// ("Onsite / Hybrid / Remote") is a choice and is left as read, and so is a
// stronger on-site statement elsewhere ("must be on-site five days a week").
var joinedOnsiteHybrid = newPlainKeyRegexp(`(?i)\b(?:on[- ]?site|in[- ]office)\s*(?:[-/&|,+]|\band\b)\s*hybrid\b|\bhybrid\s*(?:[-/&|,+]|\band\b)\s*(?:on[- ]?site|in[- ]office)\b`, 30, 30, "hybrid")

// joinedRemoteNear is remote named next to such a pair.
var joinedRemoteNear = regexp.MustCompile(`(?i)^\s*(?:[-/&|,+]|\b(?:and|or)\b)\s*remote\b`)

// reviseJoinedModes (called in Normalize after the other work-mode readers)
// reads an on-site reading whose evidence is only the on-site word as
// hybrid when the description or a location joins that word with hybrid.
func reviseJoinedModes(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteOnsite {
		return ri
	}
	ev := ri.Evidence
	if i := strings.Index(ev, ": "); i >= 0 {
		ev = ev[i+2:]
	}
	switch strings.ToLower(strings.TrimSpace(ev)) {
	case "onsite", "on-site", "on site", "in-office", "in office":
	default:
		return ri // a statement, not the word alone: "must be on-site"
	}
	for _, s := range append([]string{text}, locs...) {
		if !containsFold(s, "hybrid") {
			continue
		}
		for _, m := range joinedOnsiteHybrid.FindAllStringIndex(s, 4) {
			m0, m1 := m[0], m[1]
			if joinedRemoteNear.MatchString(s[m1:]) || strings.Contains(strings.ToLower(s[max(0, m0-10):m0]), "remote") {
				continue // "Onsite / Hybrid / Remote": a choice
			}
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+s[m0:m1]
			if s != text {
				ri.Evidence = "location: " + s
			}
			return ri
		}
	}
	return ri
}
