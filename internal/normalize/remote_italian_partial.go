package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Italian partial remote work (table tests in remote_italian_partial_test.go):
// a weekly count of remote or office days, one to four, makes the role
// hybrid ("lavorare da remoto fino a 2 giornate su 5", "2 giorni di smart
// working a settimana", "3 giorni in sede alla settimana"), and so does
// the plural of ibrido beside a work word ("soluzioni ibride di smart
// working", "modelli di lavoro ibridi"). A count with no work word near it
// ("3 giorni a settimana", a part-time load) and hybrid technology ("cloud
// ibrido") are left alone.
var (
	italianDays = newKeyRegexp(`(?i)(?:^|[^\p{L}\d])(?:fino\s+a\s+|massimo\s+|max\.?\s+|per\s+|almeno\s+)?(?:[1-4]|un[oa]?|due|tre|quattro)(?:\s*(?:-|o|e)\s*(?:[2-4]|due|tre|quattro))?\s+(?:giorn[io]|giornat[ae]|gg\.?)\s+(?:su\s+(?:5|cinque)|(?:a|alla|per|ogni)\s+settimana|settimanal[ie]|(?:di|in|da)\s+(?:smart\s*working|remoto|telelavoro|lavoro\s+agile|ufficio|sede|presenza))`, 50, 70,
		// "gg" with the byte every match has after it (a dot or \s): the
		// package's shared key scan takes its fast path only when every key
		// has three bytes or more (TestSharedKeysThreeBytes).
		"giorn", "gg.", "gg ", "gg\t", "gg\n", "gg\r", "gg\f")
	italianWorkWord     = regexp.MustCompile(`(?i)remot|smart\s*working|telelavor|lavoro\s+agile|ufficio|sede|presenza`)
	italianRemoteWord   = regexp.MustCompile(`(?i)remot|smart\s*working|telelavor|lavoro\s+agile|ibrid`)
	italianHybridPlural = newKeyRegexp(`(?i)\bibrid[ei]\b`, 10, 10, "ibrid")
	italianWorkNear     = regexp.MustCompile(`(?i)lavor|smart\s*working|modalit|remoto|ufficio|sede|presenza|orari`)
)

// reviseItalianPartial reads Italian partial remote work as hybrid when
// the reading is remote, on-site or unknown from the text.
func reviseItalianPartial(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid || fromStructured(ri) {
		return ri
	}
	if hasFold(text, "giorn") || hasFold(text, "gg") {
		for _, m := range italianDays.FindAllStringIndex(text, 4) {
			if partTimeNear(text, m) {
				continue // "part-time, 3 giorni in sede": a load
			}
			if !italianWorkWord.MatchString(text[m[0]:m[1]]) {
				// "fino a 2 giornate su 5": remote work must be named before it
				win := text[max(0, m[0]-80):m[0]]
				if i := strings.LastIndexAny(win, ".\n"); i >= 0 {
					win = win[i:]
				}
				if !italianRemoteWord.MatchString(win) {
					continue // "3 giorni a settimana": a load, not a place
				}
			}
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+strings.TrimSpace(strings.TrimLeft(text[m[0]:m[1]], " ,.;:(\n\t"))
			return ri
		}
	}
	if ri.Remote == model.RemoteUnknown && hasFold(text, "ibrid") {
		for _, m := range italianHybridPlural.FindAllStringIndex(text, 4) {
			win := text[max(0, m[0]-40):min(len(text), m[1]+40)]
			if italianWorkNear.MatchString(win) {
				ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+text[m[0]:m[1]]
				return ri
			}
		}
	}
	return ri
}
