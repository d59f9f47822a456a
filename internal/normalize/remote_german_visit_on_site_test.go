package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Visits to customers "vor Ort" are tasks, not the workplace (remote_german_visit_on_site.go).
func TestGermanVisitOnSite(t *testing.T) {
	cases := []postingModeCase{
		{"Sie übernehmen Termine bei unseren Partnern vor Ort.", model.Posting{Title: "Vertriebsmitarbeiter", DescriptionText: "Sie übernehmen Termine bei unseren Partnern vor Ort."}, model.RemoteUnknown},
		{"Regelmäßige Kundenbesuche vor Ort gehören dazu.", model.Posting{Title: "Vertriebsmitarbeiter", DescriptionText: "Regelmäßige Kundenbesuche vor Ort gehören dazu."}, model.RemoteUnknown},
		{"Beratungstermine vor Ort in der Region Hannover.", model.Posting{Title: "Vertriebsmitarbeiter", DescriptionText: "Beratungstermine vor Ort in der Region Hannover."}, model.RemoteUnknown},
		// traps: work placed at the site stays on-site
		{"Einsatz beim Kunden vor Ort.", model.Posting{Title: "Vertriebsmitarbeiter", DescriptionText: "Einsatz beim Kunden vor Ort."}, model.RemoteOnsite},
		{"Die Tätigkeit erfolgt vor Ort in Kassel.", model.Posting{Title: "Vertriebsmitarbeiter", DescriptionText: "Die Tätigkeit erfolgt vor Ort in Kassel."}, model.RemoteOnsite},
	}
	runPostingModeCases(t, cases)
}
