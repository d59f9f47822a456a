package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// englishWorldShapeCases pin audit Z3's readings of pay in English postings
// outside the US: a part-time figure in brackets before its "pro rata"
// (pay_prorata_to.go), a lakh or crore salary after a salary label with no
// period (pay_labelled_crore.go), a British short period after a local mark
// (pay_mark_short_period.go), and the Gulf's "SR", "riyals" and "dirhams"
// (pay_local_marks_more.go, pay_place_marks.go). Traps follow each.
var englishWorldShapeCases = []truthCase{
	{name: "bracketed part-time figure after an fte rate", p: model.Posting{Title: "Library Assistant", Locations: []string{"York, UK"}, DescriptionText: "Pay: £27,000 FTE (£16,200 pro rata), 3 days a week."}, pay: "16200 16200 GBP year"},
	{name: "bracketed k figure after a k rate", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Norwich, UK"}, DescriptionText: "FTE £36k (£21.6k pro rata) for twenty-two hours."}, pay: "21600 21600 GBP year"},
	{name: "bracketed euro figure with an fte note", p: model.Posting{Title: "Researcher", Locations: []string{"Galway, Ireland"}, DescriptionText: "€52,000 per annum (€26,000 pro rata for 0.5 FTE)."}, pay: "26000 26000 EUR year"},
	{name: "trap: pro rata bonus in brackets keeps the rate", p: model.Posting{Title: "Clerk", Locations: []string{"York, UK"}, DescriptionText: "Salary £29,000 (plus £1,500 pro rata bonus)."}, pay: "29000 29000 GBP year"},
	{name: "trap: pro rata alone keeps the rate", p: model.Posting{Title: "Clerk", Locations: []string{"York, UK"}, DescriptionText: "Salary £24,500 per annum pro rata."}, pay: "24500 24500 GBP year"},

	{name: "ctc lakh with a rupee sign and no period", p: model.Posting{Title: "Tech Lead", Locations: []string{"Pune, India"}, DescriptionText: "Offered CTC: ₹18 lakh, plus relocation support."}, pay: "1.8e+06 1.8e+06 INR year"},
	{name: "ctc is lakhs", p: model.Posting{Title: "Analyst", Locations: []string{"Chennai, India"}, DescriptionText: "The CTC is 9 lakhs for freshers."}, pay: "900000 900000 INR year"},
	{name: "ctc lakh range with the word at the end", p: model.Posting{Title: "Architect", Locations: []string{"Noida, India"}, DescriptionText: "CTC 28 - 34 lacs depending on interview."}, pay: "2.8e+06 3.4e+06 INR year"},
	{name: "ctc glued L range", p: model.Posting{Title: "SRE", Locations: []string{"Bengaluru, India"}, DescriptionText: "CTC 14L - 19L plus joining bonus."}, pay: "1.4e+06 1.9e+06 INR year"},
	{name: "package up to crore", p: model.Posting{Title: "Director", Locations: []string{"Mumbai, India"}, DescriptionText: "Package up to 1.4 crore for the right leader."}, pay: "1.4e+07 1.4e+07 INR year"},
	{name: "salary lakh per month", p: model.Posting{Title: "Consultant", Locations: []string{"Delhi, India"}, DescriptionText: "Salary 1.2 lakh per month, fixed."}, pay: "120000 120000 INR month"},
	{name: "trap: relocation package in lakhs", p: model.Posting{Title: "Analyst", Locations: []string{"Pune, India"}, DescriptionText: "A relocation package of 2 lakh is given to movers."}, pay: "-"},
	{name: "trap: lakhs of stock after a label", p: model.Posting{Title: "CTO", Locations: []string{"Pune, India"}, DescriptionText: "Package: 40 lakh in ESOPs over four years."}, pay: "-"},
	{name: "trap: a label with no unit", p: model.Posting{Title: "Tutor", Locations: []string{"Pune, India"}, DescriptionText: "Salary 3 levels above the market."}, pay: "-"},

	{name: "rand with p/m", p: model.Posting{Title: "Clerk", Locations: []string{"Durban, South Africa"}, DescriptionText: "Earn R14,500 p/m with weekends off."}, pay: "14500 14500 ZAR month"},
	{name: "rand with pm then extras", p: model.Posting{Title: "Agent", Locations: []string{"Pretoria, South Africa"}, DescriptionText: "R9 200 pm + travel allowance"}, pay: "9200 9200 ZAR month"},
	{name: "trap: R and a time", p: model.Posting{Title: "Agent", Locations: []string{"Pretoria, South Africa"}, DescriptionText: "Meet at R3 pm near the gate."}, pay: "-"},

	{name: "SR before a monthly figure", p: model.Posting{Title: "Accountant", Locations: []string{"Jeddah, Saudi Arabia"}, DescriptionText: "Salary SR 7,500 per month plus housing."}, pay: "7500 7500 SAR month"},
	{name: "riyals in qatar", p: model.Posting{Title: "Driver", Locations: []string{"Doha, Qatar"}, DescriptionText: "You will get 4,500 riyals monthly with accommodation."}, pay: "4500 4500 QAR month"},
	{name: "dirhams in the emirates", p: model.Posting{Title: "Cashier", Locations: []string{"Sharjah, United Arab Emirates"}, DescriptionText: "Pay is 5,000 - 6,000 dirhams a month."}, pay: "5000 6000 AED month"},
	{name: "dirhams in morocco", p: model.Posting{Title: "Agent", Locations: []string{"Casablanca, Morocco"}, DescriptionText: "We offer 7,000 dirhams per month."}, pay: "7000 7000 MAD month"},
	{name: "trap: SR as senior", p: model.Posting{Title: "SR 2 Engineer", Locations: []string{"Riyadh, Saudi Arabia"}, DescriptionText: "Join our SR 2 team."}, pay: "-"},
	{name: "trap: riyals of a project", p: model.Posting{Title: "Planner", Locations: []string{"Riyadh, Saudi Arabia"}, DescriptionText: "We delivered 900,000 riyals of fit-out work last year."}, pay: "-"},
	{name: "trap: dirhams as a price", p: model.Posting{Title: "Barista", Locations: []string{"Dubai, United Arab Emirates"}, DescriptionText: "Our coffee costs 18 dirhams."}, pay: "-"},
}

func TestEnglishWorldShapeCases(t *testing.T) { runFieldCases(t, englishWorldShapeCases) }
