package normalize

import (
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/internal/model"
)

// Partly remote work said with "parcial" in Spanish, Portuguese and
// Catalan is hybrid: "modalidad remota parcial", "teletrabajo parcial",
// "parcialmente remoto", "parcialmente en remoto", "trabalho remoto
// parcial", "parcialment en remot". A part-time remote job keeps its
// remote reading: "remoto a tiempo parcial", "jornada parcial remota",
// "remoto, jornada parcial" (the period of the hours stands between).
// Table tests in remote_spanish_partial_test.go.

// spanishPartialRemote is a remote word with "parcial" right after it, or
// "parcialmente" right before it; tried only around "parcia" (the shared
// key scan), so a text without it costs no search of its own.
var spanishPartialRemote = newPlainKeyRegexp(`(?i)(?:^|[^\p{L}])(?:(?:remot[oa]s?|teletrabajo|teletrabalho|teletreball|a\s+distancia)\s+parcia(?:l|is|les)\b|parcialmente?\s+(?:en\s+|em\s+)?(?:remot[oa]?s?|teletrabajo|teletrabalho|teletreball|a\s+distancia)\b)`, 30, 50, "parcia")

// spanishPartialRemoteAt is the span of such wording in text; nil when
// none.
func spanishPartialRemoteAt(text string) []int {
	return spanishPartialRemote.FindStringIndex(text)
}

// reviseSpanishPartial (called by reviseSpanishModes) turns a remote or
// unknown reading hybrid when the text says the remote work is partial.
func reviseSpanishPartial(text string, ri RemoteInfo) (RemoteInfo, bool) {
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteUnknown {
		return ri, false
	}
	m := spanishPartialRemoteAt(text)
	if m == nil {
		return ri, false
	}
	ev := strings.TrimLeftFunc(text[m[0]:m[1]], func(r rune) bool { return !unicode.IsLetter(r) })
	ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+ev
	return ri, true
}
