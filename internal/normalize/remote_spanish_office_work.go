package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Spanish on-site statements made with a form of "trabajar" (to work)
// and "our offices" (table tests in remote_spanish_office_work_test.go):
// "Trabajarás en nuestras oficinas del centro" (you will work in our
// offices), "Trabajaréis desde nuestra oficina de Bilbao", "trabajamos en
// nuestras oficinas". Read by moreBodyModes (remote_body_modes_more.go)
// when nothing else decided; "trabajarás en remoto, con visitas a
// nuestras oficinas" does not match (no "en/desde nuestras oficinas"
// right after the verb), and a count of days ("dos días en nuestras
// oficinas") is hybrid, read by remote_spanish_catalan.go.

// spanishOfficeWork is such a statement.
var spanishOfficeWork = regexp.MustCompile(`(?i)\btrabaj(?:ar[áa]s|ar[ée]is|ar[áa]n?|ar[íi]as|amos|an|as|ar)\s+(?:(?:de\s+forma\s+|de\s+manera\s+)?presencial(?:mente)?\s+)?(?:en|desde)\s+(?:nuestras?|las?)\s+(?:oficinas?|instalaciones|sede)\b`)

// spanishOfficeOr follows an office that is one choice of two: "o en
// remoto", "o desde casa".
var spanishOfficeOr = regexp.MustCompile(`(?i)^[^.;\n]{0,40}\b(?:o|y)\s+(?:en\s+|desde\s+)?(?:remoto|casa|teletrabajo)\b`)

// spanishOfficeMode is on-site for such a statement; unknown otherwise.
func spanishOfficeMode(text string) (model.Remote, string) {
	if !hasFold(text, "trabaj") || !hasFold(text, "oficina") && !hasFold(text, "instalaciones") && !hasFold(text, "sede") {
		return model.RemoteUnknown, ""
	}
	m := spanishOfficeWork.FindStringIndex(text)
	if m == nil || spanishOfficeOr.MatchString(text[m[1]:min(len(text), m[1]+60)]) {
		return model.RemoteUnknown, ""
	}
	return model.RemoteOnsite, strings.TrimSpace(text[m[0]:m[1]])
}
