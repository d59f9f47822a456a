package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// officeDayMonthlyCases pin remote_office_day_monthly.go: one office day
// a month beside remote work stays remote. Traps: days a week, two or more
// days a month, a hybrid word.
var officeDayMonthlyCases = []truthCase{
	{name: "spanish one day a month without accent", p: model.Posting{Title: "Analista", DescriptionText: "Puesto remoto, 1 dia al mes en nuestra oficina."}, remote: "remote"},
	{name: "spanish un dia por mes", p: model.Posting{Title: "Analista", DescriptionText: "Teletrabajo con un día por mes en la oficina"}, remote: "remote"},
	{name: "french one day a month", p: model.Posting{Title: "Analyste", DescriptionText: "Télétravail complet, 1 jour par mois au bureau"}, remote: "remote"},

	{name: "trap: days a week", p: model.Posting{Title: "Analista", DescriptionText: "Puesto remoto, 2 dias por semana en oficina"}, remote: "hybrid"},
	{name: "trap: three days a month", p: model.Posting{Title: "Analista", DescriptionText: "Trabajo remoto, 3 días al mes en oficina"}, remote: "hybrid"},
	{name: "trap: a hybrid word", p: model.Posting{Title: "Analista", DescriptionText: "Modelo híbrido, 1 dia al mes en la oficina"}, remote: "hybrid"},
	{name: "trap: one day a week", p: model.Posting{Title: "Analista", DescriptionText: "Trabajo remoto, 1 dia a la semana en oficina"}, remote: "hybrid"},
}

func TestOfficeDayMonthlyCases(t *testing.T) {
	runFieldCases(t, officeDayMonthlyCases)
}

// FuzzForeignHybridAt reads any text: no panic, a match inside the text
// that foreignHybrid also finds there.
func FuzzForeignHybridAt(f *testing.F) {
	for _, tc := range officeDayMonthlyCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		loc := foreignHybridAt(s)
		if loc == nil {
			return
		}
		if loc[0] < 0 || loc[1] > len(s) || loc[0] >= loc[1] {
			t.Fatalf("foreignHybridAt(%q) = %v", s, loc)
		}
		if foreignHybrid.FindStringIndex(s) == nil {
			t.Errorf("foreignHybridAt(%q) = %v but foreignHybrid finds nothing", s, loc)
		}
	})
}
