package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// shillingDollarMarkCases pin the Tanzanian and Ugandan shilling marks
// ("TSh", "Tshs", "USh"), dollar marks of the Caribbean and Namibia ("RD$",
// "J$", "TT$", "N$") and "NTD" before a dollar sign. Shillings and the
// Dominican peso with no period written are a month's, as their boards quote.
var shillingDollarMarkCases = []truthCase{
	{name: "tsh range with a swahili month", p: model.Posting{Title: "Ward Nurse", Locations: []string{"Arusha"}, PayText: "TSh 650,000-900,000/mwezi"}, pay: "650000 900000 TZS month"},
	{name: "tshs with no period", p: model.Posting{Title: "Driver", Locations: []string{"Dodoma"}, PayText: "Tshs 450,000"}, pay: "450000 450000 TZS month"},
	{name: "ush range in the text", p: model.Posting{Title: "Cashier", DescriptionText: "Pay: USh 1,100,000 - 1,400,000 each month."}, pay: "1.1e+06 1.4e+06 UGX month"},
	{name: "rd dollar range with a spanish month", p: model.Posting{Title: "Recepcionista", Locations: []string{"Santiago de los Caballeros"}, PayText: "RD$ 32,000 - 40,000 / mes"}, pay: "32000 40000 DOP month"},
	{name: "rd dollar both ends", p: model.Posting{Title: "Analista", PayText: "RD$45,000 - RD$55,000 mensual"}, pay: "45000 55000 DOP month"},
	{name: "jamaican dollar a year", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Kingston, Jamaica"}, PayText: "J$2,400,000 per annum"}, pay: "2.4e+06 2.4e+06 JMD year"},
	{name: "trinidad dollar a month", p: model.Posting{Title: "Clerk", Locations: []string{"Port of Spain"}, PayText: "TT$7,500 per month"}, pay: "7500 7500 TTD month"},
	{name: "namibian dollar a month", p: model.Posting{Title: "Storeman", Locations: []string{"Windhoek"}, PayText: "N$9,000 - N$11,000 per month"}, pay: "9000 11000 NAD month"},
	{name: "ntd code before a dollar range", p: model.Posting{Title: "Tutor", DescriptionText: "Rate: NTD $550 – $700 per hour, paid monthly."}, pay: "550 700 TWD hour"},
	{name: "trap: tshirt is no shilling", p: model.Posting{Title: "Packer", DescriptionText: "Wear a Tshirt 100% cotton on shift."}, pay: "-"},
	{name: "trap: usher is no shilling", p: model.Posting{Title: "Usher", DescriptionText: "Usher 2,000 guests to their seats."}, pay: "-"},
}

func TestShillingDollarMarkCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range shillingDollarMarkCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
