package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// moldovanLeuCases pin the Moldovan leu's code, MDL, as a currency
// (money.go). Written for this project.
var moldovanLeuCases = []truthCase{
	{name: "leu code after the amount", p: model.Posting{Title: "Cashier", Locations: []string{"Chisinau"}, PayText: "8500 MDL"}, pay: "8500 8500 MDL month"},
	{name: "leu range with the code first", p: model.Posting{Title: "Java Developer", PayText: "MDL 25 000 - 32 000 per month"}, pay: "25000 32000 MDL month"},
	{name: "leu in a sentence", p: model.Posting{Title: "Courier", DescriptionText: "Salary: 12,000 MDL per month plus fuel."}, pay: "12000 12000 MDL month"},

	{name: "trap: the code inside a word is no currency", p: model.Posting{Title: "Data Modeler", DescriptionText: "Work with 300 MDLs and schemas every week."}, pay: "-"},
}

func TestMoldovanLeuCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range moldovanLeuCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
