package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Portuguese office-day counts (tests in
// remote_pt_office_counts_test.go). Brazilian boards write a hybrid week as a count
// of one to four times or days a week at the office, often beside the word
// "presencial", which alone reads as on-site:
//
//   - a count in "x" or "vez(es)", an optional "por/na semana", then the
//     office ("no escritório", "na sede") or the presence word:
//     "2x por semana no escritório", "3x presencial e 2 home office";
//   - a count of days, "por semana", then the office or the presence word:
//     "3 dias por semana no escritório", "dois dias na semana presenciais";
//   - the presence word, then a count and "por/na semana": "presencial 4x
//     na semana", "Presencial (3x por semana)".
//
// Five days, or a count with no week and no office ("imersão de 2 dias
// presenciais"), is no hybrid week. A general shape (a count class, a week
// phrase, an office phrase), read only around the shared keys "semana",
// "escrit" and "presencia".

const ptOfficeCountExpr = `(?:[1-4]\s*(?:x|vez(?:es)?)|(?:[1-4]|um|uma|dois|duas|tr[êe]s|quatro)\s+(?:vez(?:es)?|dias?))`

const ptWeekExpr = `(?:por|na|a|em\s+cada|cada)\s+semana`

var ptOfficeCount = newPlainKeyRegexp(`(?i)(?:^|[^\p{L}\d])(?:`+
	`[1-4]\s*(?:x|vez(?:es)?)\s*(?:`+ptWeekExpr+`\s*)?(?:(?:no|em|ao|na)\s+(?:escrit[óo]rio|sede|empresa)|presencia(?:l|is)(?:mente)?)(?:[^\p{L}]|$)`+
	`|(?:[1-4]|um|uma|dois|duas|tr[êe]s|quatro)\s+(?:vez(?:es)?|dias?)\s+(?:`+ptWeekExpr+`\s+)?(?:no|em|ao|na)\s+(?:escrit[óo]rio|sede)`+
	`|(?:[1-4]|um|uma|dois|duas|tr[êe]s|quatro)\s+(?:vez(?:es)?|dias?)\s+`+ptWeekExpr+`\s+presencia(?:l|is)(?:mente)?(?:[^\p{L}]|$)`+
	`|presencia(?:l|is)\s*[,:(–-]?\s*(?:de\s+)?`+ptOfficeCountExpr+`\s*`+ptWeekExpr+
	`)`, 48, 64, "semana", "escrit", "presencia")

// revisePtOfficeCountModes reads a Portuguese office-day count in the remote field
// or the text as hybrid. It replaces an unknown or on-site reading, and a
// remote one the text gave; a board's own remote or hybrid field stays.
func revisePtOfficeCountModes(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid || ri.Remote == model.RemoteRemote && fromStructured(ri) {
		return ri
	}
	for _, s := range [...]string{hint, text} {
		if s == "" || s == hint && !hasFold(hint, "semana") && !hasFold(hint, "escrit") {
			continue
		}
		m := ptOfficeCount.FindStringIndex(s)
		if m == nil {
			continue
		}
		if ri.Remote == model.RemoteRemote {
			ri.Regions = keepRegions(model.RemoteHybrid, ri.Regions)
		} else {
			ri.Regions = remoteRegions(locs, "")
		}
		if ri.Regions == nil {
			ri.Regions = []string{}
		}
		ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+strings.Trim(s[m[0]:m[1]], " ,.;:()\n\t")
		return ri
	}
	return ri
}

// homeOfficeBrazilStateLoc reports a location "Home Office - SP", "Home
// office/RJ", "Home Office, MG": Brazilian boards' home office in a state.
// The two-word "Home Office" is otherwise left (the UK ministry; a US
// company's head office, "Home Office - PA"), so the code must be one
// only Brazil uses among our place lists, not one shared with a US state.
func homeOfficeBrazilStateLoc(loc string) bool {
	loc = strings.TrimSpace(loc)
	if len(loc) < 14 || len(loc) > 24 || !hasFold(loc[:4], "home") {
		return false
	}
	uf := loc[len(loc)-2:]
	if !brazilStates[uf] || brazilSharedStates[uf] {
		return false
	}
	head := strings.TrimRight(loc[:len(loc)-2], " -–/,|")
	return strings.ContainsAny(loc[len(head):len(loc)-2], "-–/,|") && homeOfficeOnly.MatchString(head)
}
