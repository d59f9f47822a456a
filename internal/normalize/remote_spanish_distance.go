package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Spanish "trabajo a distancia" (work at a distance) is remote work, as
// "teletrabajo" is (table tests in remote_spanish_distance_test.go): "Trabajo
// a distancia disponible", "puesto 100% a distancia", "modalidad a
// distancia". A work noun must come before "a distancia": "formación a
// distancia" is distance learning, "control a distancia" a remote control.
var spanishDistanceWork = newPlainKeyRegexp(`(?i)\b(?:trabajo|trabajar|empleo|puesto|modalidad|posici[óo]n|vacante)\s+(?:(?:100\s*%|totalmente|completamente|en\s+remoto\s+o)\s+)?a\s+distancia\b`,
	50, 20, "distancia")

// spanishDistanceDenied is a denial right before the phrase: "sin trabajo
// a distancia", "no se ofrece trabajo a distancia".
var spanishDistanceDenied = regexp.MustCompile(`(?i)(?:\bsin|\bno(?:\s+se\s+(?:ofrece|permite|admite))?|\bni)\s*$`)

// spanishDistanceRemote reads the phrase over an unknown work mode.
func spanishDistanceRemote(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown {
		return ri
	}
	return firstUndeniedSpanishRemote(text, ri, spanishDistanceWork.FindAllStringIndex(text, 3))
}

// firstUndeniedSpanishRemote makes ri remote by the first phrase of locs
// that no Spanish denial comes right before; with none, ri is unchanged.
func firstUndeniedSpanishRemote(text string, ri RemoteInfo, locs [][]int) RemoteInfo {
	for _, m := range locs {
		if spanishDistanceDenied.MatchString(text[max(0, m[0]-24):m[0]]) {
			continue
		}
		ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+text[m[0]:m[1]]
		break
	}
	return ri
}
