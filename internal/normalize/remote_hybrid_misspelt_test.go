package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// misspeltHybridCases pin remote_hybrid_misspelt.go: "hyrbid" and "hybird"
// read as "hybrid" where the corrected posting states a hybrid arrangement.
// Traps: the letters inside a longer word, a product name that stays a
// product name when corrected, and a posting another word already decides.
var misspeltHybridCases = []truthCase{
	{name: "swapped letters in a schedule line", p: model.Posting{Title: "Payroll Clerk", DescriptionText: "Weekdays 8 to 4.\nHyrbid work schedule after training."}, remote: "hybrid"},
	{name: "swapped letters in a location", p: model.Posting{Title: "Payroll Clerk", Locations: []string{"Hybird - Leeds"}}, remote: "hybrid"},
	{name: "role sentence", p: model.Posting{Title: "Payroll Clerk", DescriptionText: "This is a hyrbid role based in Denver."}, remote: "hybrid"},
	{name: "second location misspelt", p: model.Posting{Title: "Payroll Clerk", Locations: []string{"Leeds", "Hyrbid"}}, remote: "hybrid"},

	{name: "trap: letters inside a longer word", p: model.Posting{Title: "Payroll Clerk", DescriptionText: "Experience with Hybirdix accounting software."}, remote: "unknown"},
	{name: "trap: product name", p: model.Posting{Title: "Payroll Clerk", DescriptionText: "We build the Hybird drone app for farmers."}, remote: "unknown"},
	{name: "trap: remote already said", p: model.Posting{Title: "Payroll Clerk", Locations: []string{"Remote - US"}, DescriptionText: "Hyrbid teams in other departments."}, remote: "remote"},
}

func TestMisspeltHybridCases(t *testing.T) { runFieldCases(t, misspeltHybridCases) }
