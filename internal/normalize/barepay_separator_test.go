package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// barePaySeparatorCases pin barepay.go's separator before the period: a
// bare pay field may set its period apart with a bar or a slash, as board
// exports that join columns do. Traps: a bar before something that is no
// period, a bare figure with no period and no cents, a bar after hours.
var barePaySeparatorCases = []truthCase{
	{name: "bar before per hour", p: model.Posting{Title: "Lab Technician", PayText: "41.00 - 44.50 | Per Hour"}, pay: "41 44.5 USD hour"},
	{name: "bar before hourly", p: model.Posting{Title: "Lab Technician", PayText: "38 - 42 | hourly"}, pay: "38 42 USD hour"},
	{name: "slash before per year", p: model.Posting{Title: "Account Executive", PayText: "58,000 - 64,000 / per year"}, pay: "58000 64000 USD year"},
	{name: "bar before annually with a note", p: model.Posting{Title: "Account Executive", PayText: "61000 | annually (DOE)"}, pay: "61000 61000 USD year"},

	{name: "trap: bar before a place", p: model.Posting{Title: "Lab Technician", PayText: "41 - 44 | Leeds"}, pay: "-"},
	{name: "trap: bar before a count of shifts", p: model.Posting{Title: "Lab Technician", PayText: "40 | per shift pattern"}, pay: "-"},
	{name: "trap: hours with a bar", p: model.Posting{Title: "Lab Technician", PayText: "20 | hours"}, pay: "-"},
}

func TestBarePaySeparatorCases(t *testing.T) { runFieldCases(t, barePaySeparatorCases) }
