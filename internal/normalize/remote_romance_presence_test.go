package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Romance-language presence wordings: a French internship held on the
// employer's premises, an Italian place of work "in presenza", Spanish and
// Portuguese telework said whole (onsite_plain_sentences.go, remote.go
// foreignOnsite, remote_german_home_wording.go romanceWhole).
func TestRomancePresence(t *testing.T) {
	runFieldCasesShortAndLong(t, []truthCase{
		{name: "fr stage held in our premises", p: model.Posting{Title: "Stagiaire Communication", Locations: []string{"Paris"},
			DescriptionText: "Le stage se déroule dans nos locaux à Paris."}, remote: "onsite"},
		{name: "trap: fr premises for the interview only", p: model.Posting{Title: "Stagiaire Communication", Locations: []string{"Paris"},
			DescriptionText: "L'entretien a lieu dans nos locaux, puis le stage se fait en télétravail complet."}, remote: "remote"},
		{name: "it place of work in presence", p: model.Posting{Title: "Stagista", Locations: []string{"Milano"},
			DescriptionText: "Sede di lavoro: Milano, in presenza."}, remote: "onsite"},
		{name: "es telework total", p: model.Posting{Title: "Becario de Datos", Locations: []string{"Barcelona"},
			DescriptionText: "Posibilidad de teletrabajo total."}, remote: "remote"},
		{name: "pt telework integral", p: model.Posting{Title: "Estagiário", Locations: []string{"Lisboa"},
			DescriptionText: "Possibilidade de teletrabalho integral."}, remote: "remote"},
		{name: "trap: es telework possible stays partial", p: model.Posting{Title: "Becario de Datos", Locations: []string{"Barcelona"},
			DescriptionText: "Posibilidad de teletrabajo."}, remote: "hybrid"},
	})
}
