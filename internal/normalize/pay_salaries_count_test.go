package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// salariesCountCases pin a month's pay written with its count of payments
// after it and the Swiss ".–" between a range's ends
// (pay_salaries_count.go). Traps: a count outside 12 to 16, a small
// figure, hours after an "x", the Swiss dash on one amount, a version.
var salariesCountCases = []truthCase{
	{name: "swiss month times thirteen", p: model.Posting{Title: "Sachbearbeiter", PayText: "CHF 7'400 x 13"}, pay: "7400 7400 CHF month"},
	{name: "euro month times fourteen", p: model.Posting{Title: "Impiegato", PayText: "1.850 € x 14"}, pay: "1850 1850 EUR month"},
	{name: "multiplication sign and payments word", p: model.Posting{Title: "Impiegato", PayText: "€ 1.700 × 14 mensilità"}, pay: "1700 1700 EUR month"},
	{name: "swiss dashes around bis", p: model.Posting{Title: "Ingenieur", PayText: "Lohn: CHF 92'000.– bis 104'000.–"}, pay: "92000 104000 CHF year"},
	{name: "swiss hyphens around a dash", p: model.Posting{Title: "Ingenieur", PayText: "CHF 6'900.- - 7'600.- pro Monat"}, pay: "6900 7600 CHF month"},

	{name: "trap: two payments", p: model.Posting{Title: "Designer", PayText: "€500 x 2"}, pay: "500 500 EUR project"},
	{name: "trap: hours after an x", p: model.Posting{Title: "Cleaner", PayText: "5 x 12 hours"}, pay: "-"},
	{name: "trap: swiss dash on one amount", p: model.Posting{Title: "Ingenieur", PayText: "CHF 6’800.- pro Monat"}, pay: "6800 6800 CHF month"},
	{name: "trap: swiss dash before an hourly word", p: model.Posting{Title: "Berater", PayText: "CHF 130.- pro Stunde"}, pay: "130 130 CHF hour"},
}

func TestSalariesCountCases(t *testing.T) {
	runFieldCases(t, salariesCountCases)
}
