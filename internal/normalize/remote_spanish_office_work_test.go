package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// spanishOfficeCases pin remote_spanish_office_work.go. Traps: remote
// work with visits to the offices, offices offered beside home, office
// days a week (hybrid), offices of the company's profile.
var spanishOfficeCases = []truthCase{
	{name: "second person future in our office", p: model.Posting{Title: "Contable", DescriptionText: "Trabajarás en nuestra oficina de Madrid junto al equipo financiero."}, remote: "onsite"},
	{name: "plural future from our offices", p: model.Posting{Title: "Soporte", DescriptionText: "Trabajaréis desde nuestras oficinas en Bilbao."}, remote: "onsite"},
	{name: "in person in our facilities", p: model.Posting{Title: "Técnico", DescriptionText: "Trabajarás de forma presencial en nuestras instalaciones de Valencia."}, remote: "onsite"},

	{name: "trap: remote with visits", p: model.Posting{Title: "Dev", DescriptionText: "Trabajarás en remoto, con visitas a nuestras oficinas."}, remote: "remote"},
	{name: "trap: office or home", p: model.Posting{Title: "Dev", DescriptionText: "Trabajarás en nuestras oficinas o desde casa, como prefieras."}, remote: "!onsite"},
	{name: "trap: office days a week", p: model.Posting{Title: "Dev", DescriptionText: "Trabajarás 2 días a la semana en nuestras oficinas y el resto en remoto."}, remote: "!onsite"},
	{name: "trap: offices in the profile", p: model.Posting{Title: "Dev", DescriptionText: "Tenemos oficinas en Lima y Quito."}, remote: "unknown"},
}

func TestSpanishOfficeCases(t *testing.T) { runFieldCases(t, spanishOfficeCases) }

// FuzzSpanishOfficeMode reads any text: no panic, on-site only with its
// verb in the evidence.
func FuzzSpanishOfficeMode(f *testing.F) {
	for _, tc := range spanishOfficeCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, ev := spanishOfficeMode(s)
		if r != model.RemoteUnknown && (r != model.RemoteOnsite || !containsFold(ev, "trabaj")) {
			t.Errorf("spanishOfficeMode(%q) = %s, %q", s, r, ev)
		}
	})
}
