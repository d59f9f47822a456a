package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// hybridTownState is "Hybrid" before a town's name and, right after its
// comma, a two-letter state or province code: "Hybrid Marina del Rey, CA,
// USA", "Hybrid Fort Lauderdale, FL". The town may hold small lower-case
// words ("del", "de la", "upon"), which the two-word place reader stops at.
var hybridTownState = newKeyRegexp(`\b[Hh]ybrid[ \t]+([A-Z][\p{L}.'’-]*(?:[ \t]+(?:[A-Z][\p{L}.'’-]*|de|del|la|las|los|le|les|du|des|di|da|do|dos|van|von|der|den|upon|on|sur|am|an|im)){0,4}),[ \t]*([A-Z]{2})\b`,
	2, 90, "hybrid")

// hybridTownNotPlace are first words after "Hybrid" that name the kind of
// work or thing, not a town: "Hybrid Cloud, AZ" is no place.
var hybridTownNotPlace = []string{"cloud", "role", "work", "working", "position", "job", "model", "schedule", "team", "mode",
	"vehicle", "car", "app", "mobile", "engineer", "developer", "setup", "option", "remote", "office", "onsite", "on-site"}

// reviseHybridTownState reads a text with no mode read yet that names
// hybrid work at a town with a state code.
func reviseHybridTownState(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || text == "" {
		return ri
	}
	for _, m := range hybridTownState.FindAllStringSubmatchIndex(text, -1) {
		town, code := text[m[2]:m[3]], text[m[4]:m[5]]
		first := strings.ToLower(strings.Fields(town)[0])
		if slicesContains(hybridTownNotPlace, first) || !usStates[code] && !caProvinces[code] {
			continue
		}
		return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+text[m[0]:m[1]])
	}
	return ri
}
