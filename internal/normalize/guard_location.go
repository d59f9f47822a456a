package normalize

// fromLocations asked locNoRemote and locHybrid about every location that
// says remote ("Remote - US"), and noRemoteIn asked locNoRemote about
// every title that does; most say nothing more. Each match of
// locNoRemote holds "no" (not, no, non, none), "n/a" or "temporar"; each
// of locHybrid holds "hybrid" or "part" (partly, partially). A location
// holding none of them (in any ASCII case; none of these letters has a
// fold beyond ASCII) is not asked. TestNormspeed10LocGuards checks the
// words on matches spelled from the regexps themselves.

// mayNoRemote reports that locNoRemote may match s: s holds "no", "n/a"
// or "temporar" (always in the reference run).
func mayNoRemote(s string) bool {
	return reference || containsFold(s, "no") || containsFold(s, "n/a") || containsFold(s, "temporar")
}

// locNoRemoteMatch is locNoRemote.FindStringSubmatch(loc).
func locNoRemoteMatch(loc string) []string {
	if !mayNoRemote(loc) {
		return nil
	}
	return locNoRemote.FindStringSubmatch(loc)
}

// locHybridMatch is locHybrid.MatchString(loc).
func locHybridMatch(loc string) bool {
	if !reference && !containsFold(loc, "hybrid") && !containsFold(loc, "part") {
		return false
	}
	return locHybrid.MatchString(loc)
}

// titleModeNote and noRemoteInTitle read every title that says remote the
// same way: noRemoteInTitle asks locNoRemote (mayNoRemote first), and
// titleModeNote asks titleDenyRe, each of whose matches holds "no" (not,
// no, none) or "unavailable", and hybridRemoteTitle, whose matches hold
// "hybrid".

// titleDenied is titleDenyRe.MatchString(title).
func titleDenied(title string) bool {
	if !reference && !containsFold(title, "no") && !containsFold(title, "unavailable") {
		return false
	}
	return titleDenyRe.MatchString(title)
}

// hybridRemoteIn is hybridRemoteTitle.MatchString(title).
func hybridRemoteIn(title string) bool {
	if !reference && !containsFold(title, "hybrid") {
		return false
	}
	return hybridRemoteTitle.MatchString(title)
}
