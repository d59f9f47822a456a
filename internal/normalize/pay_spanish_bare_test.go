package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// spanishBareCases pin pay_spanish_bare.go: a Spanish or Portuguese salary
// label with an amount and no currency in a description is pay in the
// place's money, by the period written after it, or a year's for a
// salary-sized figure with none; a label with words between it and the
// figure, or a figure too small or too large for its period, is not.
var spanishBareCases = []truthCase{
	{name: "label range yearly gross", p: model.Posting{Title: "Analista", Locations: []string{"Málaga, Spain"}, DescriptionText: "Salario: 31.000 - 34.500 brutos anuales. Jornada intensiva."}, pay: "31000 34500 EUR year"},
	{name: "salary band with k", p: model.Posting{Title: "Backend", Locations: []string{"Barcelona"}, DescriptionText: "Horquilla salarial 52k-60k según experiencia."}, pay: "52000 60000 EUR year"},
	{name: "net a month", p: model.Posting{Title: "Dependiente", Locations: []string{"Sevilla"}, DescriptionText: "Sueldo 1.250 netos al mes y dos pagas extra."}, pay: "1250 1250 EUR month"},
	{name: "portuguese a month", p: model.Posting{Title: "Operador", Locations: []string{"Porto, Portugal"}, DescriptionText: "Remuneração: 1.050 por mês."}, pay: "1050 1050 EUR month"},
	{name: "hourly range", p: model.Posting{Title: "Monitor", Locations: []string{"Bilbao"}, DescriptionText: "Salario: 11 a 13 por hora."}, pay: "11 13 EUR hour"},
	{name: "no period, salary-sized", p: model.Posting{Title: "Ingeniera", Locations: []string{"Zaragoza"}, DescriptionText: "Salario base 41.500 más variable."}, pay: "41500 41500 EUR year"},
	{name: "trap: minimum wage mention", p: model.Posting{Title: "Peón", Locations: []string{"Murcia"}, DescriptionText: "Salario mínimo interprofesional de 1.184 al mes como referencia."}, pay: "-"},
	{name: "trap: a year after the label", p: model.Posting{Title: "Peón", Locations: []string{"Murcia"}, DescriptionText: "El salario 2026 se revisará en enero."}, pay: "-"},
	{name: "trap: too much for an hour", p: model.Posting{Title: "Peón", Locations: []string{"Murcia"}, DescriptionText: "Sueldo: 1.500 por hora de formación."}, pay: "-"},
	{name: "trap: small figure with no period", p: model.Posting{Title: "Peón", Locations: []string{"Murcia"}, DescriptionText: "Sueldo 3 pagas extra al año."}, pay: "-"},
}

func TestSpanishBareCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range spanishBareCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
