package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// grossNetCueCases pin pay_gross_net_cue.go: a gross or net mark right
// after an amount with its currency makes it pay with no pay word near.
// Traps: English "net", a business's gross figure, and a currency amount
// with no mark.
var grossNetCueCases = []truthCase{
	{name: "a zloty range marked gross", p: model.Posting{Title: "QA Engineer", DescriptionText: "6500-9000 PLN brutto, umowa o pracę."}, pay: "6500 9000 PLN month"},
	{name: "a euro amount marked net", p: model.Posting{Title: "Lagerhelfer", DescriptionText: "Ab sofort: 2.400 € netto und ein Jobticket."}, pay: "2400 2400 EUR month"},
	{name: "a k amount marked gross", p: model.Posting{Title: "Data Analyst", DescriptionText: "Offer: 14k PLN brutto, hybrid in Gdansk."}, pay: "14000 14000 PLN month"},

	{name: "trap: English net is no cue", p: model.Posting{Title: "Bookkeeper", DescriptionText: "Clients keep $400 net of fees on each sale."}, pay: "-"},
	{name: "trap: a business's gross figure", p: model.Posting{Title: "Store Lead", DescriptionText: "The store brings 9,000 EUR gross revenue on a good day."}, pay: "-"},
	{name: "trap: no mark, no pay word", p: model.Posting{Title: "QA Engineer", DescriptionText: "Bring 3000 PLN worth of gear."}, pay: "-"},
}

func TestGrossNetCueCases(t *testing.T) { runFieldCases(t, grossNetCueCases) }
