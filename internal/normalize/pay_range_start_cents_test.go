package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// rangeStartCentsCases pin the cents of a range's start written in words
// (worldRangeFrom in pay_range_words_world.go): French agency lines write
// "45000.0", "2100.50". Traps: one amount with ".0" months after it, a
// start of two decimals in the European way.
var rangeStartCentsCases = []truthCase{
	{name: "annual range with one decimal", p: model.Posting{Title: "Comptable", PayText: "Annuel de 36000.0 Euros à 41000.0 Euros sur 12.0 mois"}, pay: "36000 41000 EUR year"},
	{name: "monthly range with one decimal", p: model.Posting{Title: "Comptable", PayText: "Mensuel de 2300.0 Euros à 2700.0 Euros sur 12.0 mois"}, pay: "2300 2700 EUR month"},
	{name: "monthly range with cents", p: model.Posting{Title: "Comptable", PayText: "Mensuel de 1900.25 Euros à 2150.75 Euros sur 13.0 mois"}, pay: "1900.25 2150.75 EUR month"},
	{name: "spanish range with comma cents", p: model.Posting{Title: "Contable", DescriptionText: "Salario de 1.800,50 € a 2.100,00 € al mes"}, pay: "1800.5 2100 EUR month"},

	{name: "trap: one hourly amount", p: model.Posting{Title: "Comptable", PayText: "Horaire de 13.4 Euros sur 12.0 mois"}, pay: "13.4 13.4 EUR hour"},
}

func TestRangeStartCentsCases(t *testing.T) {
	runFieldCases(t, rangeStartCentsCases)
}
