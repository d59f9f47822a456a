package normalize

import (
	"regexp"
	"strings"
)

// homeWorkWords are the work-from-home phrases a board writes where others
// write "Remote": "Work from home", "WFH", "Home based", "Telecommuting".
const homeWorkWords = `(?i:work(?:ing)?\s+from\s+home|wfh|home[\s-]?based|tele(?:commut(?:e|ing)|work(?:ing)?))`

// homeWorkCodeLoc is a location of a work-from-home phrase and a two-letter
// code only, either way round: "Work from home - MB", "WFH (AB)",
// "QC - Work from home". remoteStateLoc reads the same shape with "Remote".
var homeWorkCodeLoc = regexp.MustCompile(`^` + homeWorkWords + `\s*[-–—(/:]\s*([A-Z]{2})\s*\)?$|^([A-Z]{2})\s*[-–—(/]\s*` + homeWorkWords + `\s*\)?$`)

// homeWorkCodeRegions reads homeWorkCodeLoc as usScopeRegions reads
// remoteStateLoc: a US state code that is no country's code is the United
// States, a code of remoteProvinceCodes is Canada. Any other code is left to
// the country readers ("Work from home - IT" stays Italy).
func homeWorkCodeRegions(loc string) []string {
	loc = strings.TrimSpace(loc)
	if len(loc) < 5 || len(loc) > 40 || !(containsFold(loc, "home") || containsFold(loc, "wfh") || containsFold(loc, "tele")) {
		return nil
	}
	m := homeWorkCodeLoc.FindStringSubmatch(loc)
	if m == nil {
		return nil
	}
	code := m[1] + m[2]
	if _, country := regionCodes[code]; usStates[code] && !country {
		return []string{"US"}
	}
	if remoteProvinceCodes[code] {
		return []string{"CA"}
	}
	return nil
}
