package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// codesMoreCases pin the codes added to money.go: Sri Lankan and Nepali
// rupees, Ugandan and Tanzanian shillings, Peruvian soles and Uruguayan
// pesos named by their ISO codes. Traps: the same letters in a word or a
// product name, and lower case.
var codesMoreCases = []truthCase{
	{name: "sri lankan rupees by code", p: model.Posting{Title: "QA Engineer", PayText: "LKR 175,000 - 225,000"}, pay: "175000 225000 LKR month"},
	{name: "nepali rupees a month", p: model.Posting{Title: "QA Engineer", DescriptionText: "Salary: NPR 70,000 per month."}, pay: "70000 70000 NPR month"},
	{name: "ugandan shillings a month", p: model.Posting{Title: "QA Engineer", PayText: "UGX 3,200,000 monthly"}, pay: "3.2e+06 3.2e+06 UGX month"},
	{name: "peruvian soles a month", p: model.Posting{Title: "QA Engineer", PayText: "PEN 5,200 mensual"}, pay: "5200 5200 PEN month"},

	{name: "trap: a product name", p: model.Posting{Title: "Designer", DescriptionText: "You will test the PEN 20 stylus range."}, pay: "-"},
	{name: "trap: lower case letters", p: model.Posting{Title: "Designer", DescriptionText: "Bring a pen 20 minutes early."}, pay: "-"},
	{name: "trap: letters inside a word", p: model.Posting{Title: "Designer", DescriptionText: "OPEN 24 hours, the TZSX 500 line."}, pay: "-"},
}

func TestCodesMoreCases(t *testing.T) { runFieldCases(t, codesMoreCases) }
