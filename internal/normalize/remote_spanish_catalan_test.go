package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// spanishCatalanCases pin remote_spanish_catalan.go; traps: remote
// control, a choice joined by "o" or a slash, a company that favours the
// office, a course, Catalan remote denied.
var spanishCatalanCases = []truthCase{
	{name: "remote denied", p: model.Posting{Title: "Analista", DescriptionText: "Importante: el puesto no es remoto."}, remote: "onsite"},
	{name: "no remote position", p: model.Posting{Title: "Analista", DescriptionText: "No será un puesto remoto, trabajarás en Sevilla."}, remote: "onsite"},
	{name: "no telework option", p: model.Posting{Title: "Analista", DescriptionText: "No se contempla la opción de teletrabajo."}, remote: "onsite"},
	{name: "telework not admitted", p: model.Posting{Title: "Analista", DescriptionText: "En este puesto no admitimos teletrabajo."}, remote: "onsite"},
	{name: "telework not accepted, with article", p: model.Posting{Title: "Analista", DescriptionText: "No se acepta el teletrabajo durante la campaña."}, remote: "onsite"},
	{name: "telework field says no", p: model.Posting{Title: "Analista", DescriptionText: "Horario: de 9 a 17. Teletrabajo: no."}, remote: "onsite"},
	{name: "without remote possibility", p: model.Posting{Title: "Analista", DescriptionText: "Jornada completa sin posibilidad de trabajo remoto."}, remote: "onsite"},
	{name: "catalan telework denied", p: model.Posting{Title: "Analista", DescriptionText: "No és possible el teletreball."}, remote: "onsite"},
	{name: "semipresencial mode", p: model.Posting{Title: "Analista", DescriptionText: "Modalidad de trabajo: semipresencial en Valencia."}, remote: "hybrid"},
	{name: "both modes joined", p: model.Posting{Title: "Analista", DescriptionText: "Combinamos presencial y teletrabajo."}, remote: "hybrid"},
	{name: "both modes joined the other way", p: model.Posting{Title: "Analista", DescriptionText: "Régimen: teletrabajo y presencial."}, remote: "hybrid"},
	{name: "office days a week", p: model.Posting{Title: "Analista", DescriptionText: "Acudirás 3 días por semana a la oficina de Bilbao."}, remote: "hybrid"},
	{name: "office days", p: model.Posting{Title: "Analista", DescriptionText: "Teletrabajo con dos días en la oficina."}, remote: "hybrid"},
	{name: "catalan office days", p: model.Posting{Title: "Analista", DescriptionText: "Treballaràs 2 dies a la setmana a l'oficina."}, remote: "hybrid"},
	{name: "catalan telework", p: model.Posting{Title: "Analista", DescriptionText: "Oferim teletreball total."}, remote: "remote"},
	{name: "catalan remote work", p: model.Posting{Title: "Analista", DescriptionText: "Treball en remot des de casa."}, remote: "remote"},

	{name: "trap: remote control", p: model.Posting{Title: "Técnico", DescriptionText: "Experiencia con mandos de control remoto industrial."}, remote: "unknown"},
	{name: "trap: a choice joined by o", p: model.Posting{Title: "Analista", DescriptionText: "Remoto o presencial, como prefieras."}, remote: "remote"},
	{name: "trap: a choice joined by a slash", p: model.Posting{Title: "Analista", DescriptionText: "Teletrabajo / presencial"}, remote: "remote"},
	{name: "trap: an office-minded company", p: model.Posting{Title: "Analista", DescriptionText: "Somos una empresa presencialista."}, remote: "unknown"},
	{name: "trap: catalan without telework", p: model.Posting{Title: "Analista", DescriptionText: "Feina a Girona, sense teletreball."}, remote: "onsite"},
	{name: "trap: remote elsewhere beats nothing", p: model.Posting{Title: "Analista", DescriptionText: "Puesto 100% remoto; no es remoto el equipo de soporte."}, remote: "!remote"},
	{name: "trap: telework field says no, but not that word", p: model.Posting{Title: "Analista", DescriptionText: "Teletrabajo: nosotros te damos portátil y total flexibilidad."}, remote: "remote"},
	{name: "trap: a year and days", p: model.Posting{Title: "Analista", DescriptionText: "Fundada en 2019, con 30 días de vacaciones."}, remote: "unknown"},
}

func TestSpanishCatalanCases(t *testing.T) {
	runFieldCasesShortAndLong(t, spanishCatalanCases)
}

// FuzzReviseSpanishModes runs reviseSpanishModes on any text: no panic, and
// a change only with one of its key words in the text and evidence from it.
func FuzzReviseSpanishModes(f *testing.F) {
	for _, tc := range spanishCatalanCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range []model.Remote{model.RemoteUnknown, model.RemoteRemote, model.RemoteOnsite} {
			in := RemoteInfo{Remote: r, Evidence: "text: x"}
			out := reviseSpanishModes(s, in)
			if out.Remote == in.Remote {
				continue
			}
			if !spanishModeKeys.in(s) || !strings.Contains(s, strings.TrimPrefix(out.Evidence, "text: ")) {
				t.Errorf("reviseSpanishModes(%q) from %s = %s (%s)", s, r, out.Remote, out.Evidence)
			}
		}
	})
}
