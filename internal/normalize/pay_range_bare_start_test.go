package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// bareRangeStartCases pin a range whose start is written bare before a
// second end that carries the currency and the thousands
// (pay_range_bare_start.go), and a CJK label's amount over a bare yen
// amount before it (pay_cjk_label_first.go). Traps: "e" / "y" with no
// start word, a start too small to be the range's, hours before a rate,
// English words left to the scanner, a bare yen amount alone.
var bareRangeStartCases = []truthCase{
	{name: "french k euros between two ends", p: model.Posting{Title: "Chef de projet", DescriptionText: "Salaire : entre 50 et 58 k€ brut annuel selon expérience."}, pay: "50000 58000 EUR year"},
	{name: "french day rate with a bare start", p: model.Posting{Title: "Consultant SAP", PayText: "TJM : 550 à 650 €"}, pay: "550 650 EUR day"},
	{name: "french upper-case K with equity after", p: model.Posting{Title: "Développeur", PayText: "entre 38 et 44 K€ + BSPCE"}, pay: "38000 44000 EUR year"},
	{name: "spanish k on the second end", p: model.Posting{Title: "Desarrollador", PayText: "de 32 a 38k € brutos anuales"}, pay: "32000 38000 EUR year"},
	{name: "german bis with a bare start", p: model.Posting{Title: "Entwickler", DescriptionText: "Gehalt: 4.200 bis 4.900 € brutto im Monat"}, pay: "4200 4900 EUR month"},
	{name: "japanese label after a bare yen amount", p: model.Posting{Title: "倉庫作業", PayText: "1100円 月給19万円"}, pay: "190000 190000 JPY month"},

	{name: "trap: and-word with no start word", p: model.Posting{Title: "Desarrollador", PayText: "3 y 40k €"}, pay: "40000 40000 EUR year"},
	{name: "trap: a start far below the amount", p: model.Posting{Title: "Consultant", PayText: "TJM : 5 à 600 €"}, pay: "600 600 EUR day"},
	{name: "trap: hours before an hourly rate", p: model.Posting{Title: "Serveur", PayText: "Service de 9 à 17h, 13 € de l'heure"}, pay: "13 13 EUR hour"},
	{name: "trap: a count before the amount", p: model.Posting{Title: "Entwickler", DescriptionText: "Von 3 bis 4 Jahren Erfahrung; Gehalt 61.000 € im Jahr"}, pay: "61000 61000 EUR year"},
	{name: "trap: bare yen amount alone", p: model.Posting{Title: "倉庫作業", PayText: "1100円"}, pay: "1100 1100 JPY hour"},
	{name: "trap: label first keeps its amount", p: model.Posting{Title: "倉庫作業", PayText: "月給19万円 1100円"}, pay: "190000 190000 JPY month"},
}

func TestBareRangeStartCases(t *testing.T) {
	runFieldCases(t, bareRangeStartCases)
}
