package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// auPostcodeDollarPayCases pin pay_au_postcode_dollar.go: a town no list
// holds, written as an Australian address (state and four-digit postcode),
// makes a plain "$" Australian. Traps: five-digit US ZIP codes, US dollars
// named, remote work.
var auPostcodeDollarPayCases = []truthCase{
	{name: "suburb with state and postcode", p: model.Posting{Title: "Kitchen Hand", Locations: []string{"Dandenong South, VIC 3175"}, PayText: "$28-$32/hr"}, pay: "28 32 AUD hour"},
	{name: "no comma before the state", p: model.Posting{Title: "Storeperson", Locations: []string{"Wacol QLD 4076"}, PayText: "$31 per hour"}, pay: "31 31 AUD hour"},
	{name: "country after the postcode", p: model.Posting{Title: "Nurse", Locations: []string{"Launceston TAS 7250, Australia"}, PayText: "$95,000 - $105,000"}, pay: "95000 105000 AUD year"},
	{name: "trap: five digit zip in washington", p: model.Posting{Title: "Barista", Locations: []string{"Seattle, WA 98101"}, PayText: "$19-$22/hr"}, pay: "19 22 USD hour"},
	{name: "trap: us dollars named", p: model.Posting{Title: "Engineer", Locations: []string{"Dandenong South, VIC 3175"}, PayText: "USD 90,000 - 110,000"}, pay: "90000 110000 USD year"},
}

func TestAUPostcodeDollarPayCases(t *testing.T) { runFieldCases(t, auPostcodeDollarPayCases) }
