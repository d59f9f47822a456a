package normalize

import "strings"

// remoteStatesLoc reads a remote location limited to a set of states the
// employer does not list ("Remote (Eligible States)", "Remote - Approved
// States", "Remote, Select States"), the way US employers with payroll in
// some states write a remote office, as the United States: it returns
// "Remote (Eligible States), United States", or loc. The whole location
// must be a remote word and the qualified "States"; a state list that
// names its country ("Remote - eligible Australian states") is left alone.
func remoteStatesLoc(loc string) string {
	if len(loc) < 20 || len(loc) > 40 || !containsFold(loc, "states") || !containsFold(loc, "remote") {
		return loc
	}
	s := strings.ToLower(strings.TrimSpace(loc))
	rest, ok := strings.CutPrefix(s, "remote")
	if !ok {
		return loc
	}
	rest = strings.Trim(rest, " -–—,:()")
	for _, q := range []string{"eligible", "approved", "select", "selected", "permitted", "supported", "hiring"} {
		if rest == q+" states" || rest == q+" us states" || rest == q+" u.s. states" {
			return strings.TrimSpace(loc) + ", United States"
		}
	}
	return loc
}
