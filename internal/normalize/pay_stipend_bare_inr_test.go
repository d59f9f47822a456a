package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A bare stipend figure in an Indian pay field is a month's. Traps: a
// field naming its period or a lump sum, and a stipend outside India.
func TestBareStipendMonth(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "stipend with k in pune", p: model.Posting{Title: "Design Intern", Locations: []string{"Pune, India"}, PayText: "Stipend 18k"}, pay: "18000 18000 INR month"},
		{name: "stipend in hyderabad", p: model.Posting{Title: "Content Intern", Locations: []string{"Hyderabad, India"}, PayText: "Stipend 22k"}, pay: "22000 22000 INR month"},

		{name: "trap: stipend per year", p: model.Posting{Title: "Research Fellow", Locations: []string{"Bengaluru, India"}, PayText: "Stipend 90k per year"}, pay: "!90000 90000 INR month"},
		{name: "trap: stipend in total", p: model.Posting{Title: "Design Intern", Locations: []string{"Pune, India"}, PayText: "Stipend 20k total"}, pay: "!20000 20000 INR month"},
		{name: "trap: stipend outside india", p: model.Posting{Title: "Research Assistant", Locations: []string{"Boston, MA"}, PayText: "Stipend $18k"}, pay: "!18000 18000 USD month"},
	})
}
