package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A workation perk is no work mode (table tests in
// remote_workation_perk_test.go): 'Option to "work from anywhere" (6
// weeks/year)', "Work from anywhere: up to 20 days per year", "work from
// anywhere (max. 4 Wochen im Jahr)" grant time away from the usual place of
// work. remotePerk already skips "work from anywhere for two weeks a year";
// this reads the bracketed, quoted and slashed forms. A reading that rests
// on such a phrase alone goes back to unknown.
var workationAfter = regexp.MustCompile(`(?i)^["”’')\]]*\s*(?:(?:option|policy|program(?:me)?|benefit|perk|weeks?)\s*)?[(\[:–-]?\s*(?:for\s+|f[üu]r\s+)?(?:up\s+to\s+|bis\s+zu\s+|max(?:imum)?\.?\s+)?\d{1,3}\s*(?:weeks?|wks?|days?|months?|wochen|tage)\s*(?:/\s*|(?:a|per|each|every|pro|im)\s+)(?:year|yr|jahr)\b`)

// reviseWorkationPerk turns a remote reading whose evidence is "work from
// anywhere" back to unknown when every such phrase in the text is a
// workation perk.
func reviseWorkationPerk(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || !containsFold(ri.Evidence, "anywhere") || fromStructured(ri) {
		return ri
	}
	if !strings.HasPrefix(ri.Evidence, "text:") {
		return ri
	}
	seen := false
	for i := indexWordFold(text, "anywhere", 0); i >= 0; i = indexWordFold(text, "anywhere", i+8) {
		if !workationAfter.MatchString(text[i+len("anywhere") : min(len(text), i+len("anywhere")+48)]) {
			return ri // a statement of the role somewhere: keep the reading
		}
		seen = true
	}
	if seen {
		ri.Remote, ri.Regions, ri.Evidence = model.RemoteUnknown, nil, ""
	}
	return ri
}
