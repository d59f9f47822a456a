package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// French "à distance" (remote) (table tests in
// remote_french_distance_test.go): a location that is only "À distance",
// "A distance", "Travail à distance" or "100 % à distance", and a
// description that says "travail à distance", "poste à distance" or "100 %
// à distance", read as remote where nothing else was read. "À distance de
// la gare" (at a distance from) is no work mode.
var (
	frenchDistanceField = regexp.MustCompile(`(?i)^\s*(?:(?:travail|poste|emploi|job|t[ée]l[ée]travail)\s+)?(?:(?:100\s*%|enti[èe]rement|totalement)\s*)?[àa]\s+distance\s*$`)
	frenchDistanceText  = newPlainKeyRegexp(`(?i)\b(?:travail(?:ler)?|poste|emploi|t[ée]l[ée]travail|mission)\s+(?:(?:100\s*%|enti[èe]rement|totalement)\s*)?(?:[àa]|en)\s+distance\b|\b100\s*%\s*[àa]\s+distance\b`, 60, 12, "distance")
	frenchDistanceFrom  = regexp.MustCompile(`(?i)^\s*(?:de|d['’]|du|des)\b`)
	frenchDistanceDeny  = regexp.MustCompile(`(?i)(?:\bpas\s+(?:de\s+|en\s+)?|\bnon\s+|\bsans\s+|\baucun\s+)$`)
)

// reviseFrenchDistance (called in Normalize after the other work-mode
// readers) reads the wording above into an unknown reading.
func reviseFrenchDistance(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown {
		return ri
	}
	for _, l := range locs {
		if len(l) < 60 && containsFold(l, "distance") && frenchDistanceField.MatchString(l) {
			ri.Remote, ri.Evidence = model.RemoteRemote, "location: "+l
			return ri
		}
	}
	for _, m := range frenchDistanceText.FindAllStringIndex(text, 4) {
		if frenchDistanceFrom.MatchString(text[m[1]:]) || frenchDistanceDeny.MatchString(text[max(0, m[0]-12):m[0]]) {
			continue // "à distance de la gare", "pas de travail à distance"
		}
		ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+text[m[0]:m[1]]
		return ri
	}
	return ri
}
