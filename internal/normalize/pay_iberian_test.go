package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// iberianPayCases pin pay_iberian.go and the copula after a
// Spanish salary label (pay_spanish_bare.go): "mil" before a written
// currency, "€N mil", a bare range start joined by "a", a plain "$" in
// Colombia, Chile or Argentina. Traps: "mil millones", a count joined by
// "a", a remote role's "$", a "$" named as US dollars, a US place.
var iberianPayCases = []truthCase{
	{name: "mil reais a month", p: model.Posting{Title: "Assistente", Locations: []string{"Curitiba, PR"}, PayText: "7 mil reais por mês"}, pay: "7000 7000 BRL month"},
	{name: "mil pesos range in Mexico", p: model.Posting{Title: "Cajero", Locations: []string{"Monterrey, Nuevo León"}, PayText: "12 a 14 mil pesos mensuales"}, pay: "12000 14000 MXN month"},
	{name: "mil euros a year", p: model.Posting{Title: "Técnico", Locations: []string{"Zaragoza"}, PayText: "Sueldo de 28 mil euros anuales"}, pay: "28000 28000 EUR year"},
	{name: "euro sign then mil", p: model.Posting{Title: "Técnico", Locations: []string{"Bilbao"}, PayText: "€34 mil brutos al año"}, pay: "34000 34000 EUR year"},
	{name: "mil soles", p: model.Posting{Title: "Supervisor", Locations: []string{"Arequipa, Perú"}, PayText: "3 mil soles al mes"}, pay: "3000 3000 PEN month"},
	{name: "bare start joined by a", p: model.Posting{Title: "Técnico", Locations: []string{"Málaga"}, PayText: "Banda: 31.000 a 36.000 € brutos"}, pay: "31000 36000 EUR year"},
	{name: "peso sign in Colombia", p: model.Posting{Title: "Auxiliar", Locations: []string{"Cali, Colombia"}, PayText: "$2.300.000"}, pay: "2.3e+06 2.3e+06 COP month"},
	{name: "peso sign range in Chile", p: model.Posting{Title: "Vendedor", Locations: []string{"Valparaíso, Chile"}, PayText: "$900.000 - $1.100.000 líquidos"}, pay: "900000 1.1e+06 CLP month"},
	{name: "peso sign in Argentina", p: model.Posting{Title: "Vendedor", Locations: []string{"Rosario, Argentina"}, PayText: "$1.350.000 mensuales"}, pay: "1.35e+06 1.35e+06 ARS month"},
	{name: "copula after the label", p: model.Posting{Title: "Técnico", Locations: []string{"Sevilla, España"}, DescriptionText: "La horquilla salarial es 26.000-29.000 € según valía."}, pay: "26000 29000 EUR year"},

	{name: "trap: mil millones", p: model.Posting{Title: "Analista", Locations: []string{"Madrid"}, DescriptionText: "Una empresa que factura 3 mil millones de euros."}, pay: "-"},
	{name: "trap: a count joined by a", p: model.Posting{Title: "Técnico", Locations: []string{"Málaga"}, PayText: "3 a 4 días, 900 €"}, pay: "900 900 EUR project"},
	{name: "trap: remote role's dollar", p: model.Posting{Title: "Dev", Locations: []string{"Remote - Colombia"}, PayText: "$4.000.000"}, pay: "-"},
	{name: "peso sign read as dollars at first", p: model.Posting{Title: "Vendedor", Locations: []string{"Concepción, Chile"}, PayText: "$850.000 brutos"}, pay: "850000 850000 CLP month"},
	{name: "trap: a US-style dollar amount in Chile", p: model.Posting{Title: "Dev", Locations: []string{"Santiago, Chile"}, PayText: "$85,000 per year"}, pay: "85000 85000 USD year"},
	{name: "trap: dollar named as US", p: model.Posting{Title: "Dev", Locations: []string{"Bogotá, Colombia"}, PayText: "US$4.000.000"}, pay: "-"},
}

func TestIberianPayCases(t *testing.T) {
	runFieldCases(t, iberianPayCases)
}

// FuzzMilWordPay reads any text: no panic, a positive range and evidence
// inside the text.
func FuzzMilWordPay(f *testing.F) {
	for _, s := range []string{"7 mil reais por mês", "12 a 14 mil pesos mensuales", "3 mil millones de euros", " mil "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := milWordPay(s)
		if c == nil {
			return
		}
		if c.min <= 0 || c.min > c.max || c.start < 0 || c.end > len(s) || c.start >= c.end {
			t.Errorf("milWordPay(%q) = %+v", s, c)
		}
	})
}
