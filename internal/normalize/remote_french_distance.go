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
// la gare" (at a distance from) is no work mode. The same for the noun
// "distanciel", the pair of "présentiel": a location "Distanciel" or "100 %
// distanciel", and a post, job or mission (a few words may come between)
// "en distanciel" in the text;
// "distanciel autorisé" (or "possible", "accepté") grants it as
// "Remote allowed" does (remote_french_distance_allowed_test.go);
// "distanciel" next to "présentiel" is a mix and training given "en
// distanciel" is no work mode, so neither is read here.
var (
	frenchDistanceField = regexp.MustCompile(`(?i)^\s*(?:(?:travail|poste|emploi|job|t[ée]l[ée]travail)\s+)?(?:(?:100\s*%|enti[èe]rement|totalement)\s*)?(?:[àa]\s+distance|(?:en\s+|full\s+)?distanciel)\s*$`)
	frenchDistanceText  = newPlainKeyRegexp(`(?i)\b(?:travail(?:ler)?|poste|emploi|t[ée]l[ée]travail|mission)\s+(?:(?:100\s*%|enti[èe]rement|totalement)\s*)?(?:[àa]|en)\s+distance\b|\b100\s*%\s*[àa]\s+distance\b`+
		`|\b(?:travail|poste|emploi|job|mission)\b[^.;:\n]{0,30}?\s(?:(?:100\s*%|enti[èe]rement|totalement)\s*)?en\s+distanciel\b|\b100\s*%\s*(?:en\s+)?distanciel\b`+
		`|\bmode\s+(?:de\s+travail\s+)?(?:100\s*%\s*)?(?:en\s+)?distanciel\b|\bdistanciel\s+(?:(?:permanent|total|complet|int[ée]gral|possible)\b|autoris|accept)`, 60, 24, "distanc")
	// frenchDistanceTraining: a course given in "mode distanciel" is no work mode.
	frenchDistanceTraining = regexp.MustCompile(`(?i)\b(?:formations?|cours|sessions?|enseignements?|classes?|webinaires?|examens?|entretiens?)\b`)
	frenchDistanceFrom     = regexp.MustCompile(`(?i)^\s*(?:de|d['’]|du|des)\b`)
	frenchDistanceDeny     = regexp.MustCompile(`(?i)(?:\bpas\s+(?:de\s+|en\s+)?|\bnon\s+|\bsans\s+|\baucun\s+)$`)
)

// reviseFrenchDistance (called in Normalize after the other work-mode
// readers) reads the wording above into an unknown reading.
func reviseFrenchDistance(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown {
		return ri
	}
	for _, l := range locs {
		if len(l) < 60 && containsFold(l, "distanc") && frenchDistanceField.MatchString(l) {
			ri.Remote, ri.Evidence = model.RemoteRemote, "location: "+l
			return ri
		}
	}
	for _, m := range frenchDistanceText.FindAllStringIndex(text, 4) {
		if frenchDistanceFrom.MatchString(text[m[1]:]) || frenchDistanceDeny.MatchString(text[max(0, m[0]-12):m[0]]) {
			continue // "à distance de la gare", "pas de travail à distance"
		}
		if containsFold(text[m[0]:m[1]], "distanciel") && containsFold(text[max(0, m[0]-40):min(len(text), m[1]+40)], "sentiel") {
			continue // "présentiel et distanciel": a mix
		}
		if head := text[m[0]:min(m[0]+10, m[1])]; (containsFold(head, "mode") || containsFold(head, "distanciel")) && frenchDistanceTraining.MatchString(text[max(0, m[0]-40):m[0]]) {
			continue // "formation en mode distanciel": a course, not the job
		}
		ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+text[m[0]:m[1]]
		return ri
	}
	return ri
}
