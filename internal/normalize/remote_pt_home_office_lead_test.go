package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A Portuguese lead word before "home office" makes it remote work even
// when the text has no accented letters.
func TestPortugueseHomeOfficeLead(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Suporte Tecnico", text: "Vaga home office para suporte tecnico ao cliente.", want: model.RemoteRemote},
		{title: "Analista", text: "Regime home office, salario fixo e bonus.", want: model.RemoteRemote},
		{title: "Vendedor", text: "Modalidade home office com ajuda de custo.", want: model.RemoteRemote},
	})
}

// An English home office (a room, a stipend, a head office) stays unread.
func TestPortugueseHomeOfficeLeadTraps(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Accountant", text: "Every hire gets a home office stipend.", want: model.RemoteUnknown},
		{title: "Planner", text: "You will report to our home office team in Dallas.", want: model.RemoteUnknown},
		{title: "Clerk", text: "The role model home office setup is provided.", want: model.RemoteUnknown},
	})
}
