package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Remote entries that are each a two-letter code and the remote word,
// listed together: "Remote - NV; Remote - CA". A code that is only a US
// state code (NV) shows the list is of US states, so a sibling code that is
// also a country code (CA, DE, IN) is read as a state too and the list
// names the United States. A list whose every code is also a country code
// ("Remote - CA; Remote - DE") keeps its country reading, and a list with
// any other kind of entry ("Remote - Canada; Remote - CA") is left alone.

// reviseStateCodeSiblings reads such a list as the United States.
func reviseStateCodeSiblings(locs []string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid {
		return ri
	}
	if len(ri.Regions) == 1 && ri.Regions[0] == "US" {
		return ri
	}
	parts, stateOnly := 0, false
	for _, loc := range locs {
		for _, part := range strings.FieldsFunc(loc, func(r rune) bool { return r == ';' || r == '|' }) {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			if len(part) > 20 { // longer than "Remote - XX" with spaces: no regexp needed
				return ri
			}
			m := remoteStateLoc.FindStringSubmatch(part)
			if m == nil {
				return ri
			}
			code := m[1] + m[2]
			if !usStates[code] {
				return ri
			}
			if _, country := regionCodes[code]; !country {
				stateOnly = true
			}
			parts++
		}
	}
	if parts < 2 || !stateOnly {
		return ri
	}
	ri.Regions = []string{"US"}
	return ri
}
