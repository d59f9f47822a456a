package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// The English word "hybrid" after a Spanish or Portuguese word for the work
// model: "Esquema hybrid 3x2", "Modelo hybrid", "Régimen hybrid",
// "formato de trabajo hybrid". Latin American postings often mix the
// English mode word into a Spanish label; with the native adjective
// ("esquema híbrido") the other readers already see it. A technology after
// the word ("modelo hybrid cloud", "formato hybrid app") is no work mode.

// romanceNounHybrid is a work-model noun and "hybrid", and the word after.
var romanceNounHybrid = regexp.MustCompile(`(?i)\b(?:esquema|modelo|r[ée]gimen|regime|formato|modalidade)\s+(?:de\s+(?:trabajo|trabalho)\s+)?hybrid\b(?:\s+([\p{L}]+))?`)

// hybridTechNext is a word after "hybrid" that makes it a technology.
var hybridTechNext = map[string]bool{
	"cloud": true, "app": true, "apps": true, "mobile": true, "car": true, "cars": true, "vehicle": true,
	"engine": true, "infrastructure": true, "infra": true, "model": true, "models": true, "search": true,
	"kubernetes": true, "it": true, "storage": true, "network": true, "networks": true, "sap": true,
}

// reviseRomanceNounHybrid reads the label above as hybrid work when nothing
// else set the mode.
func reviseRomanceNounHybrid(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || !hasFold(text, "hybrid") {
		return ri
	}
	for _, m := range romanceNounHybrid.FindAllStringSubmatchIndex(text, 4) {
		if m[2] >= 0 && hybridTechNext[strings.ToLower(text[m[2]:m[3]])] {
			continue
		}
		end := m[1]
		if m[2] >= 0 {
			end = m[2] - 1
		}
		ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+strings.TrimSpace(text[m[0]:end])
		return ri
	}
	return ri
}
