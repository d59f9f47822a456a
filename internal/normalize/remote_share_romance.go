package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A share of the working time below all of it spent teleworking, in
// Spanish, Catalan, French, Portuguese and Italian (table tests in
// remote_share_romance_test.go): "Més del 50% de la jornada de
// teletreball", "60% de teletrabajo", "40 % de télétravail". Like "60%
// remote" in English it is a hybrid role; "100%" is all of it.
var romanceRemoteShare = newKeyRegexp(`(?i)\b([1-9]\d?)\s?%\s*(?:(?:del?|de la|du|da|do|della|dell['’])\s*(?:la\s+)?(?:jornada|semana|setmana|tiempo|temps|tempo|semaine|horario|horari|settimana)\s+(?:de|en|em|in|du|di|a)\s+|de\s+|en\s+|em\s+|in\s+|di\s+)?(?:teletrabajo|teletreball|t[ée]l[ée]travail|teletrabalho|telelavoro|trabajo remoto|trabajo a distancia|remoto|remota|remot)\b`, 64, 16,
	"teletra", "teletre", "travail", "telelavoro", "remoto", "remota", "remot ", "distancia")

// romanceShare returns the share wording, or "".
func romanceShare(text string) string {
	if strings.IndexByte(text, '%') < 0 {
		return ""
	}
	if loc := romanceRemoteShare.FindStringIndex(text); loc != nil {
		return text[loc[0]:loc[1]]
	}
	return ""
}

// reviseRomanceShare narrows a remote reading to hybrid when the text gives
// the share of telework below all of the working time.
func reviseRomanceShare(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote {
		return ri
	}
	if ev := romanceShare(text); ev != "" {
		ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+ev
	}
	return ri
}
