package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestCeeBodyType(t *testing.T) {
	cases := []struct {
		text string
		want model.JobType
	}{
		{"Oferim un program de lucru de 8 ore pe zi, de luni până vineri.", model.TypeFullTime},
		{"Norma: 40 ore/săptămână, în tura de zi.", model.TypeFullTime},
		{"Napi 8 órás munkaidő, hétfőtől péntekig.", model.TypeFullTime},
		{"Pracujemy 8 godzin dziennie w biurze w Gdyni.", model.TypeFullTime},
		{"Doar 4 ore pe zi, ideal pentru studenți.", model.TypeUnknown},
		{"Forma de angajare: colaborare pe bază de PFA sau SRL.", model.TypeContract},
		{"Lucrezi în regim PFA, cu facturare lunară.", model.TypeContract},
		{"Căutăm studenți pentru un stagiu de practică de vară.", model.TypeInternship},
		{"Colaborarea cu echipa de vânzări este zilnică.", model.TypeUnknown},
		{"", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := ceeBodyType(c.text); got != c.want {
			t.Errorf("ceeBodyType(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestHungarianStandingType(t *testing.T) {
	cases := []struct {
		field string
		want  model.JobType
	}{
		{"Alkalmazotti jogviszony", model.TypeFullTime},
		{"Teljes munkaidős munkaviszony", model.TypeFullTime},
		{"Részmunkaidős munkaviszony", model.TypePartTime},
		{"Jogviszony", model.TypeUnknown},
		{"Full-time", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := hungarianStandingType(c.field); got != c.want {
			t.Errorf("hungarianStandingType(%q) = %v, want %v", c.field, got, c.want)
		}
	}
	if got := ParseType("Alkalmazotti jogviszony", "Raktáros", ""); got != model.TypeFullTime {
		t.Errorf("ParseType with a Hungarian employee field = %v", got)
	}
}
