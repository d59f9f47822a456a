package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// gulfDinarCases pin pay on Pakistani, Bangladeshi and Gulf
// boards): the Kuwaiti, Bahraini and Jordanian dinars and the Omani rial
// read as currencies, small amounts in them a month's pay, and "PKR." with
// a dot before the amount (money_gulf_dinars.go). Written for this project.
var gulfDinarCases = []truthCase{
	{name: "rial range of a porter", p: model.Posting{Title: "Warehouse Porter", Locations: []string{"Sohar, Oman"}, PayText: "OMR 160 - 210"}, pay: "160 210 OMR month"},
	{name: "rial alone", p: model.Posting{Title: "Gardener", Locations: []string{"Salalah"}, PayText: "OMR 140"}, pay: "140 140 OMR month"},
	{name: "dinar range with a slash period", p: model.Posting{Title: "Site Foreman", Locations: []string{"Ahmadi, Kuwait"}, PayText: "KWD 400 - 520 / month"}, pay: "400 520 KWD month"},
	{name: "dinar code on both ends", p: model.Posting{Title: "Bus Driver", PayText: "KWD 260–KWD 340"}, pay: "260 340 KWD month"},
	{name: "dinar with a perk after", p: model.Posting{Title: "Barista", Locations: []string{"Kuwait"}, PayText: "KWD 280 + Accommodation"}, pay: "280 280 KWD month"},
	{name: "bahraini dinar thousands", p: model.Posting{Title: "Treasury Analyst", Locations: []string{"Manama, Bahrain"}, PayText: "BHD 1,100 - 1,500"}, pay: "1100 1500 BHD month"},
	{name: "jordanian dinar", p: model.Posting{Title: "QA Engineer", Locations: []string{"Amman, Jordan"}, PayText: "JOD 700 - 900"}, pay: "700 900 JOD month"},
	{name: "dinar in a sentence", p: model.Posting{Title: "Lab Technician", DescriptionText: "Package: KWD 600 per month plus housing and annual air ticket."}, pay: "600 600 KWD month"},
	{name: "dinar a year by size", p: model.Posting{Title: "Finance Director", Locations: []string{"Kuwait City"}, PayText: "KWD 30,000 - 36,000"}, pay: "30000 36000 KWD year"},
	{name: "rupee code with a dot", p: model.Posting{Title: "Accounts Officer", Locations: []string{"Faisalabad, Pakistan"}, PayText: "PKR. 60,000 - 75,000/Month"}, pay: "60000 75000 PKR month"},
	{name: "rupee code with a dot alone", p: model.Posting{Title: "Receptionist", Locations: []string{"Multan"}, PayText: "PKR. 42,000"}, pay: "42000 42000 PKR month"},

	{name: "trap: rial hourly stays hourly", p: model.Posting{Title: "Tutor", Locations: []string{"Muscat"}, PayText: "OMR 8 per hour"}, pay: "8 8 OMR hour"},
	{name: "trap: dinar fee is no pay", p: model.Posting{Title: "Nurse", Locations: []string{"Kuwait"}, DescriptionText: "Candidates pay a visa processing fee of KWD 120 before travel."}, pay: "-"},
}

func TestGulfDinarCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range gulfDinarCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
