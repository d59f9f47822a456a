package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The English "hybrid" after a Spanish or Portuguese work-model word (remote_romance_noun_hybrid.go).
func TestRomanceNounEnglishHybrid(t *testing.T) {
	cases := []struct {
		text string
		want model.Remote
	}{
		{"Ofrecemos esquema hybrid 4x1 y bono anual.", model.RemoteHybrid},
		{"Modelo hybrid con oficinas en Monterrey.", model.RemoteHybrid},
		{"Régimen hybrid, dos días en casa.", model.RemoteHybrid},
		{"Formato de trabajo hybrid.", model.RemoteHybrid},
		{"Modalidade hybrid em São Paulo.", model.RemoteHybrid},
		// traps: a technology after the word, the word without the label
		{"Experiencia con modelo hybrid cloud en AWS.", model.RemoteUnknown},
		{"Desarrollo de formato hybrid app con Ionic.", model.RemoteUnknown},
		{"Conocimientos de hybrid apps.", model.RemoteUnknown},
		{"Regime hybrid storage para backups.", model.RemoteUnknown},
	}
	for _, c := range cases {
		p := model.Posting{Title: "Analista", DescriptionText: c.text}
		l := Normalize(&p, Options{})
		if l.Remote != c.want {
			t.Errorf("%q -> %s (%s), want %s", c.text, l.Remote, l.RemoteEvidence, c.want)
		}
	}
}
