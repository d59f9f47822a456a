package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Indian boards' pay. A Naukri-style pay field whose range
// crosses a unit (rupees to lakhs, lakhs to crores), the Hindi thousand
// word after a rupee amount, a Hindi "every day" word before one, and an
// incentive figure that is no salary;
// in this project's own words, with traps.
var indiaBoardCases = []truthCase{
	// a range whose ends carry different units
	{name: "rupees up to lakhs", p: model.Posting{Title: "Tele Sales Associate", Locations: []string{"Indore"}, PayText: "60,000 - 2.2 Lacs PA"}, pay: "60000 220000 INR year"},
	{name: "rupees up to lakhs with a rupee sign", p: model.Posting{Title: "Field Officer", Locations: []string{"Nagpur"}, PayText: "₹90,000 - 1.8 Lakhs P.A."}, pay: "90000 180000 INR year"},
	{name: "lakhs up to crores", p: model.Posting{Title: "Head of Engineering", Locations: []string{"Gurugram"}, PayText: "75 Lacs - 1.3 Cr PA"}, pay: "7.5e+06 1.3e+07 INR year"},
	{name: "lakhs up to a crore with no spaces", p: model.Posting{Title: "VP Sales", Locations: []string{"Mumbai"}, PayText: "90 Lakhs-1 Cr"}, pay: "9e+06 1e+07 INR year"},
	{name: "trap: both ends in lakhs stay as they were", p: model.Posting{Title: "QA Analyst", Locations: []string{"Kochi"}, PayText: "4-7 Lacs PA"}, pay: "400000 700000 INR year"},
	{name: "trap: both ends in crores stay as they were", p: model.Posting{Title: "CTO", Locations: []string{"Bengaluru"}, PayText: "1.1 Cr - 1.6 Cr"}, pay: "1.1e+07 1.6e+07 INR year"},
	{name: "trap: a small bare low end shares the lakhs", p: model.Posting{Title: "Support Engineer", Locations: []string{"Chennai"}, PayText: "3 - 4.5 Lacs PA"}, pay: "300000 450000 INR year"},

	// the Hindi thousand word after a rupee amount
	{name: "hazar a month", p: model.Posting{Title: "Delivery Partner", Locations: []string{"Lucknow"}, DescriptionText: "Kamai ₹18 hazar per month, petrol allowance alag."}, pay: "18000 18000 INR month"},
	{name: "hazaar spelling a month", p: model.Posting{Title: "Store Helper", Locations: []string{"Kanpur"}, DescriptionText: "Salary: ₹14 hazaar per month"}, pay: "14000 14000 INR month"},
	{name: "trap: a word that only starts like it", p: model.Posting{Title: "Cook", Locations: []string{"Agra"}, DescriptionText: "Salary ₹16,000 per month. Hazardous duty is never asked."}, pay: "16000 16000 INR month"},

	// a Hindi "every day" word before a rupee amount
	{name: "roz before the amount", p: model.Posting{Title: "Loader", Locations: []string{"Bhopal"}, DescriptionText: "Roz ₹650 milega, kaam subah 9 se."}, pay: "650 650 INR day"},
	{name: "rozana before the amount", p: model.Posting{Title: "Helper", Locations: []string{"Varanasi"}, DescriptionText: "Rozana ₹500 payment, weekly off."}, pay: "500 500 INR day"},
	{name: "trap: a stated month wins over roz", p: model.Posting{Title: "Packer", Locations: []string{"Ludhiana"}, DescriptionText: "Kaam roz 8 ghante. Salary ₹13,000 per month."}, pay: "13000 13000 INR month"},

	// an incentive figure is no salary
	{name: "incentive figure alone", p: model.Posting{Title: "Telecaller", Locations: []string{"Patna"}, DescriptionText: "Get up to ₹8,000 incentive on targets."}, pay: "-"},
	{name: "incentives plural alone", p: model.Posting{Title: "Sales Agent", Locations: []string{"Ranchi"}, DescriptionText: "Earn ₹5,000 incentives every quarter."}, pay: "-"},
	{name: "trap: salary beside an incentive", p: model.Posting{Title: "Telecaller", Locations: []string{"Patna"}, DescriptionText: "Up to ₹8,000 incentive on targets. Salary ₹17,000 per month."}, pay: "17000 17000 INR month"},
	{name: "trap: salary plus incentives", p: model.Posting{Title: "Sales Agent", Locations: []string{"Ranchi"}, DescriptionText: "Salary ₹15,000 per month + incentives."}, pay: "15000 15000 INR month"},
}

func TestIndiaBoardCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range indiaBoardCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// Table tests for lakhToCrore, in our own words: a range from lakhs to
// crores with a currency before it.
var lakhToCroreCases = []truthCase{
	{name: "rupee sign lakh to crore", p: model.Posting{Title: "Engineering Director", Locations: []string{"Pune, India"}, PayText: "₹90 Lakh - 1.3 Crore"}, pay: "9e+06 1.3e+07 INR year"},
	{name: "INR code lacs to cr", p: model.Posting{Title: "Engineering Director", Locations: []string{"Pune, India"}, PayText: "INR 75 Lacs - 1.1 Cr PA"}, pay: "7.5e+06 1.1e+07 INR year"},
	{name: "lakh to crore in running text", p: model.Posting{Title: "Engineering Director", Locations: []string{"Pune, India"}, DescriptionText: "The CTC on offer is Rs. 95 Lakh - 1.25 Cr a year."}, pay: "9.5e+06 1.25e+07 INR year"},
	{name: "trap: crore end past the salary cap", p: model.Posting{Title: "Engineering Director", Locations: []string{"Pune, India"}, DescriptionText: "Our fund grew from ₹60 Lakh - 40 Crore in three years."}, pay: "-"},
}

func TestLakhToCroreListing(t *testing.T) {
	for _, tc := range lakhToCroreCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
