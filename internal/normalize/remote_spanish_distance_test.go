package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

func TestSpanishDistanceWork(t *testing.T) {
	for _, c := range []struct {
		text string
		want model.Remote
	}{
		{"Ofrecemos trabajo a distancia desde cualquier ciudad de Chile.", model.RemoteRemote},
		{"Puesto 100% a distancia, con reuniones por videollamada.", model.RemoteRemote},
		{"Modalidad a distancia; horario flexible.", model.RemoteRemote},
		{"Cursos de formación a distancia para todo el equipo.", model.RemoteUnknown},
		{"Sin trabajo a distancia: el puesto es en la planta de Rosario.", model.RemoteUnknown},
		{"Manejo de equipos con control a distancia.", model.RemoteUnknown},
	} {
		p := model.Posting{Source: "t", ExternalID: "d", Title: "Analista", DescriptionText: c.text}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if l.Remote != c.want {
			t.Errorf("%q: got %s (%s), want %s", c.text, l.Remote, l.RemoteEvidence, c.want)
		}
	}
}
