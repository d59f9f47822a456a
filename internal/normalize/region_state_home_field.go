package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A location field that joins a US state to a work-from-home phrase with a
// dash is a remote post in that state, so in the US (table tests in
// region_state_home_field_test.go): "RI - Work from home", "Work at home –
// Ohio", "NV: WFH". Only a state code in capitals or a state name counts
// ("IN - WFH" is Indiana, as in "Remote, IN").

// stateHomeLead is a state code or name, a dash or colon, and a home phrase.
var stateHomeLead = regexp.MustCompile(`^\s*([A-Z]{2}|[A-Za-z]+(?:\s[A-Za-z]+)?)\s*[-–—:]\s*(?i:work(?:ing)?\s+(?:from|at)\s+home|wfh|home[\s-]*based|telework(?:ing)?)\s*$`)

// stateHomeTail is a home phrase, a dash or colon, and a state code or name.
var stateHomeTail = regexp.MustCompile(`^\s*(?i:work(?:ing)?\s+(?:from|at)\s+home|wfh|home[\s-]*based|telework(?:ing)?)\s*[-–—:]\s*([A-Z]{2}|[A-Za-z]+(?:\s[A-Za-z]+)?)\s*$`)

// reviseStateHomeField reads a remote listing with no region whose location
// field joins a US state to a home phrase as the US.
func reviseStateHomeField(locs []string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || len(ri.Regions) > 0 {
		return ri
	}
	for _, l := range locs {
		if len(l) > 40 {
			continue
		}
		m := stateHomeLead.FindStringSubmatch(l)
		if m == nil {
			m = stateHomeTail.FindStringSubmatch(l)
		}
		if m == nil {
			continue
		}
		st := m[1]
		if len(st) == 2 && usStates[st] || len(st) > 2 && usStates[strings.ToLower(st)] {
			ri.Regions = []string{"US"}
			return ri
		}
	}
	return ri
}
