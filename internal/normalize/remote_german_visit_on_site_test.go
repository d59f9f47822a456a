package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Visits to customers "vor Ort" are tasks, not the workplace (remote_german_visit_on_site.go).
func TestGermanVisitOnSite(t *testing.T) {
	cases := []struct {
		text string
		want model.Remote
	}{
		{"Sie übernehmen Termine bei unseren Partnern vor Ort.", model.RemoteUnknown},
		{"Regelmäßige Kundenbesuche vor Ort gehören dazu.", model.RemoteUnknown},
		{"Beratungstermine vor Ort in der Region Hannover.", model.RemoteUnknown},
		// traps: work placed at the site stays on-site
		{"Einsatz beim Kunden vor Ort.", model.RemoteOnsite},
		{"Die Tätigkeit erfolgt vor Ort in Kassel.", model.RemoteOnsite},
	}
	for _, c := range cases {
		p := model.Posting{Title: "Vertriebsmitarbeiter", DescriptionText: c.text}
		l := Normalize(&p, Options{})
		if l.Remote != c.want {
			t.Errorf("%q -> %s (%s), want %s", c.text, l.Remote, l.RemoteEvidence, c.want)
		}
	}
}
