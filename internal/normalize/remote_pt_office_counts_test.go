package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestWorkModePtOfficeCounts pins a Portuguese count of office
// days or times a week is a hybrid week, even beside "presencial", and a
// Brazilian board's "Home Office - <state code>" location is remote in
// Brazil. The strings are written for this test.
func TestWorkModePtOfficeCounts(t *testing.T) {
	cases := []struct {
		hint, loc, title, text string
		want                   model.Remote
		regions                string
	}{
		// A count of times at the office, with or without the week.
		{title: "Contadora", text: "Atuação presencial, 3x por semana no escritório do Recife.", want: model.RemoteHybrid},
		{title: "Designer", text: "Esperamos você 1x na semana na sede, o resto é de casa.", want: model.RemoteHybrid},
		{title: "Analista Fiscal", text: "Regime: 4x presencial e 1 remoto.", want: model.RemoteHybrid},
		{title: "Analista Fiscal", text: "Trabalho remoto com 2 vezes por semana presencial.", want: model.RemoteHybrid},
		// A count of days a week at the office.
		{title: "Suporte", text: "Modelo presencial: dois dias por semana no escritório de Campinas.", want: model.RemoteHybrid},
		// The presence word, then the count and the week.
		{title: "Suporte", text: "Modalidade presencial de 3x na semana.", want: model.RemoteHybrid},
		{hint: "Presencial (2x por semana)", title: "Vendedor", want: model.RemoteHybrid},
		// Five days, a count with no week and no office, and a bare presence word stay.
		{title: "Recepcionista", text: "Trabalho presencial 5x por semana.", want: model.RemoteOnsite},
		{title: "Recepcionista", text: "Curso com 2 dias presenciais em Goiânia.", want: model.RemoteUnknown},
		{title: "Recepcionista", text: "Vaga presencial em Goiânia.", want: model.RemoteOnsite},
		// A board's own remote field stays remote.
		{hint: "Remoto", title: "Dev", text: "Encontros 2x por semana no escritório são opcionais.", want: model.RemoteRemote},
		// Hybrid keeps the office's country.
		{loc: "Curitiba, Paraná, Brasil", title: "Dev", text: "Modelo presencial flexível: 2x por semana no escritório.", want: model.RemoteHybrid, regions: "BR"},
		// Home office in a Brazilian state.
		{loc: "Home Office - RJ", title: "Atendente", want: model.RemoteRemote, regions: "BR"},
		{loc: "Home office/BA", title: "Atendente", want: model.RemoteRemote, regions: "BR"},
		{loc: "Home Office - London", title: "Caseworker", want: model.RemoteUnknown},
	}
	for _, c := range cases {
		p := &model.Posting{Title: c.title, RemoteHint: c.hint, DescriptionText: c.text}
		if c.loc != "" {
			p.Locations = []string{c.loc}
		}
		l := Normalize(p, Options{})
		if l.Remote != c.want {
			t.Errorf("%q / %q / %q: %s, want %s (%s)", c.hint, c.loc, c.text, l.Remote, c.want, l.RemoteEvidence)
		}
		if c.regions != "" && strings.Join(l.RemoteRegions, ",") != c.regions {
			t.Errorf("%q / %q: regions %v, want %s", c.loc, c.text, l.RemoteRegions, c.regions)
		}
	}
}
