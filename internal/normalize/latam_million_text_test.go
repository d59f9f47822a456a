package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A band counted in millions right after a salary label in a description
// is the monthly salary in pesos of the listing's country, as in a pay
// field. Traps: millions with no label (sales), a listing in no peso
// country, a plural label that labels nothing.
func TestPayMillionPesoText(t *testing.T) {
	cases := []struct {
		name string
		locs []string
		text string
		want string
	}{
		{"label then range", []string{"Medellín, Colombia"}, "Ofrecemos contrato indefinido. Salario: $3,2 a $3,8 millones.", "3200000 3800000 COP month"},
		{"label then single, monthly", []string{"Cali, Colombia"}, "Sueldo básico de 1.8 millones mensuales más prestaciones.", "1800000 1800000 COP month"},
		{"chile renta", []string{"Santiago, Chile"}, "Renta: $1,5 millones líquidos.", "1500000 1500000 CLP month"},
		{"label, entre, y", []string{"Barranquilla, Colombia"}, "Salario entre $2,1 y $2,6 millones mensuales.", "2100000 2600000 COP month"},
		{"trap: entre with no millions", []string{"Barranquilla, Colombia"}, "Salario entre 8 y 10 años de experiencia.", "-"},

		{"trap: sales in millions", []string{"Bogotá, Colombia"}, "Manejarás ventas por $40 millones al mes.", "-"},
		{"trap: no peso place", nil, "Salario: 3 millones.", "-"},
		{"trap: a plural label elsewhere", []string{"Bogotá, Colombia"}, "Los salarios del sector suman 5 millones.", "-"},
	}
	for _, c := range cases {
		l := latamListing(model.Posting{Title: "Analista", Locations: c.locs, DescriptionText: c.text})
		if got := latamPayString(l); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
