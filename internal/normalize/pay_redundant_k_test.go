package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// redundantKPayCases pin pay_redundant_k.go: a k written after a figure
// that already shows its thousands is a label, in ranges whose ends then
// agree in size. Traps keep k as a multiplier where it is one.
var redundantKPayCases = []truthCase{
	{name: "dotted first end with k, plain second end", p: model.Posting{Title: "Analista", DescriptionText: "Retribución 28.000K - 31.000 EUR brutos"}, pay: "28000 31000 EUR year"},
	{name: "both ends dotted with k", p: model.Posting{Title: "Analista", DescriptionText: "Banda salarial: 40.000K - 46.000K EUR"}, pay: "40000 46000 EUR year"},
	{name: "comma grouped with k in a pay field", p: model.Posting{Title: "Planner", PayText: "€52,000K - €58,000"}, pay: "52000 58000 EUR year"},
	{name: "trap: plain k range stays thousands", p: model.Posting{Title: "Planner", PayText: "€52K - €58K"}, pay: "52000 58000 EUR year"},
	{name: "trap: decimal k stays a multiplier", p: model.Posting{Title: "Planner", PayText: "€52.5K - €58K"}, pay: "52500 58000 EUR year"},
	{name: "trap: shared k on the second end", p: model.Posting{Title: "Planner", PayText: "€52-58K"}, pay: "52000 58000 EUR year"},
}

func TestRedundantKPayCases(t *testing.T) { runFieldCases(t, redundantKPayCases) }

func TestThousandsGrouped(t *testing.T) {
	for n, want := range map[string]bool{"25.000": true, "1,200,000": true, "52.5": false, "52": false, "5.00": false, ".000": false, "12a000": false} {
		if got := thousandsGrouped(n); got != want {
			t.Errorf("thousandsGrouped(%q) = %v, want %v", n, got, want)
		}
	}
}

// redundantKTrapCases: a k on the second end only, and a grouped figure
// under ten thousand, keep k as a multiplier (or leave the range unread).
var redundantKTrapCases = []truthCase{
	{name: "trap: rupees in thousands with a comma", p: model.Posting{Title: "Analyst", PayText: "INR 2,400k–3,000k"}, pay: "2.4e+06 3e+06 INR year"},
}

func TestRedundantKTrapCases(t *testing.T) { runFieldCases(t, redundantKTrapCases) }
