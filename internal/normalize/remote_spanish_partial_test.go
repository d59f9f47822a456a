package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// spanishPartialCases pin remote_spanish_partial.go and the Spanish and
// French work-mode words in a structured hint (remote_foreign_fields.go).
// Traps: part-time remote work (the hours are partial, not the remote
// work), "parcial" far from the remote word, an office named in a longer
// hint.
var spanishPartialCases = []truthCase{
	{name: "partial remote mode", p: model.Posting{Title: "Diseñadora", DescriptionText: "Trabajo en modalidad remoto parcial desde Valencia."}, remote: "hybrid"},
	{name: "partly remote", p: model.Posting{Title: "Diseñadora", DescriptionText: "Posición parcialmente remota con base en Sevilla."}, remote: "hybrid"},
	{name: "partly in remote", p: model.Posting{Title: "Diseñadora", DescriptionText: "El equipo trabaja parcialmente en remoto."}, remote: "hybrid"},
	{name: "partial telework", p: model.Posting{Title: "Diseñadora", DescriptionText: "Ofrecemos teletrabajo parcial y horario flexible."}, remote: "hybrid"},
	{name: "portuguese partial remote", p: model.Posting{Title: "Designer", DescriptionText: "Vaga com trabalho parcialmente remoto em Lisboa."}, remote: "hybrid"},
	{name: "catalan partly remote", p: model.Posting{Title: "Dissenyadora", DescriptionText: "Feina parcialment en remot a Girona."}, remote: "hybrid"},
	{name: "hint at a distance", p: model.Posting{Title: "Analista", RemoteHint: "Trabajo a distancia"}, remote: "remote"},
	{name: "hint telework", p: model.Posting{Title: "Analista", RemoteHint: "Teletrabajo"}, remote: "remote"},
	{name: "hint french at a distance", p: model.Posting{Title: "Analyste", RemoteHint: "à distance"}, remote: "remote"},
	{name: "hint whole office", p: model.Posting{Title: "Analista", RemoteHint: "100 % oficina"}, remote: "onsite"},
	{name: "hint in the office", p: model.Posting{Title: "Analista", RemoteHint: "En la oficina"}, remote: "onsite"},

	{name: "trap: part-time remote job", p: model.Posting{Title: "Diseñadora", DescriptionText: "Empleo remoto a tiempo parcial, 20 horas."}, remote: "remote"},
	{name: "trap: part-time hours beside remote", p: model.Posting{Title: "Diseñadora", DescriptionText: "Puesto remoto, jornada parcial."}, remote: "remote"},
	{name: "trap: partial exam far away", p: model.Posting{Title: "Diseñadora", DescriptionText: "Trabajo remoto. Habrá una prueba parcial de diseño."}, remote: "remote"},
	{name: "trap: an office among other words", p: model.Posting{Title: "Analista", RemoteHint: "Oficina central y teletrabajo"}, remote: "!onsite"},
}

func TestSpanishPartialCases(t *testing.T) {
	runFieldCases(t, spanishPartialCases)
	checkLongCases(t, strings.Repeat("Our studio prints posters for local fairs. ", 14)+"\n", checkFieldCase, spanishPartialCases)
}

// FuzzReviseSpanishPartial reads any text: no panic, and a change only to
// hybrid, from a remote or unknown reading, with "parcia" in the text and
// the evidence inside it.
func FuzzReviseSpanishPartial(f *testing.F) {
	for _, tc := range spanishPartialCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range []model.Remote{model.RemoteUnknown, model.RemoteRemote, model.RemoteOnsite, model.RemoteHybrid} {
			out, ok := reviseSpanishPartial(s, RemoteInfo{Remote: r, Evidence: "x"})
			if !ok {
				if out.Remote != r {
					t.Errorf("reviseSpanishPartial(%q) changed %s to %s without ok", s, r, out.Remote)
				}
				continue
			}
			if r == model.RemoteOnsite || r == model.RemoteHybrid || out.Remote != model.RemoteHybrid {
				t.Errorf("reviseSpanishPartial(%q): %s to %s", s, r, out.Remote)
			}
			if !containsFold(s, "parcia") || !strings.Contains(s, strings.TrimPrefix(out.Evidence, "text: ")) {
				t.Errorf("reviseSpanishPartial(%q): evidence %q", s, out.Evidence)
			}
		}
	})
}
