package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The English "hybrid" after a Spanish or Portuguese work-model word (remote_romance_noun_hybrid.go).
func TestRomanceNounEnglishHybrid(t *testing.T) {
	cases := []postingModeCase{
		{"Ofrecemos esquema hybrid 4x1 y bono anual.", model.Posting{Title: "Analista", DescriptionText: "Ofrecemos esquema hybrid 4x1 y bono anual."}, model.RemoteHybrid},
		{"Modelo hybrid con oficinas en Monterrey.", model.Posting{Title: "Analista", DescriptionText: "Modelo hybrid con oficinas en Monterrey."}, model.RemoteHybrid},
		{"Régimen hybrid, dos días en casa.", model.Posting{Title: "Analista", DescriptionText: "Régimen hybrid, dos días en casa."}, model.RemoteHybrid},
		{"Formato de trabajo hybrid.", model.Posting{Title: "Analista", DescriptionText: "Formato de trabajo hybrid."}, model.RemoteHybrid},
		{"Modalidade hybrid em São Paulo.", model.Posting{Title: "Analista", DescriptionText: "Modalidade hybrid em São Paulo."}, model.RemoteHybrid},
		// traps: a technology after the word, the word without the label
		{"Experiencia con modelo hybrid cloud en AWS.", model.Posting{Title: "Analista", DescriptionText: "Experiencia con modelo hybrid cloud en AWS."}, model.RemoteUnknown},
		{"Desarrollo de formato hybrid app con Ionic.", model.Posting{Title: "Analista", DescriptionText: "Desarrollo de formato hybrid app con Ionic."}, model.RemoteUnknown},
		{"Conocimientos de hybrid apps.", model.Posting{Title: "Analista", DescriptionText: "Conocimientos de hybrid apps."}, model.RemoteUnknown},
		{"Regime hybrid storage para backups.", model.Posting{Title: "Analista", DescriptionText: "Regime hybrid storage para backups."}, model.RemoteUnknown},
	}
	runPostingModeCases(t, cases)
}
