package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// englishMarketPayCases pin the readers added after outside tables of
// pay in English-speaking markets (other projects' salary-parser, job
// scraper and ATS tests, kept outside the repository and scored with
// TestAgreementOutside). First looks, each before any fix: 314/321
// (97.8 %; 22 projects) and, a second table found after the first fixes,
// 92/98 (93.9 %; 11 projects). After: 319/321 and 97/98; the misses left
// are conventions (a million or more in digits is no pay; an underscore
// typed for a range dash). A held table of 11 further projects scored
// 95/98 (96.9 %) on main and on this branch alike. The cases are written
// for this project, each group with traps that must not change.
var englishMarketPayCases = []truthCase{
	// Hong Kong and Singapore dollars with no period are a month's up to a
	// ceiling (monthCeiling), a year's above it; a "$" the place names so
	// too (placeMonthSize), where the size rule had read a fee.
	{name: "hk dollars range no period", p: model.Posting{Title: "Accountant", Locations: []string{"Kowloon, Hong Kong"}, PayText: "HK$22,000 - HK$28,000 + double pay"}, pay: "22000 28000 HKD month"},
	{name: "hk dollars k range", p: model.Posting{Title: "Accountant", PayText: "HK$18K-24K"}, pay: "18000 24000 HKD month"},
	{name: "sg dollars one amount", p: model.Posting{Title: "Planner", Locations: []string{"Singapore"}, PayText: "S$6,200"}, pay: "6200 6200 SGD month"},
	{name: "plain dollar in singapore", p: model.Posting{Title: "Planner", Locations: []string{"Singapore"}, PayText: "$4,800"}, pay: "4800 4800 SGD month"},
	{name: "plain dollar range in hong kong", p: model.Posting{Title: "Planner", Locations: []string{"Hong Kong"}, PayText: "$35,000 - $45,000"}, pay: "35000 45000 HKD month"},
	{name: "trap: sg dollars above the ceiling are a year", p: model.Posting{Title: "Director", PayText: "S$150,000"}, pay: "150000 150000 SGD year"},
	{name: "trap: hk dollars a year stated", p: model.Posting{Title: "Director", PayText: "HK$600,000 per annum"}, pay: "600000 600000 HKD year"},
	{name: "trap: hk dollars an hour stated", p: model.Posting{Title: "Tutor", PayText: "HK$180 per hour"}, pay: "180 180 HKD hour"},
	{name: "trap: a plain dollar in the us is not a month", p: model.Posting{Title: "Planner", Locations: []string{"Denver, CO"}, PayText: "$4,800"}, pay: "4800 4800 USD project"},
	{name: "trap: a singapore fee word keeps the fee", p: model.Posting{Title: "Designer", Locations: []string{"Singapore"}, PayText: "$3,000 project fee"}, pay: "3000 3000 SGD project"},

	// A South African "R" amount under a thousand with an English period after it.
	{name: "rand an hour", p: model.Posting{Title: "Tutor", PayText: "R320 per hour"}, pay: "320 320 ZAR hour"},
	{name: "rand a day in text", p: model.Posting{Title: "Promoter", DescriptionText: "Rate: R480/day for weekend events."}, pay: "480 480 ZAR day"},
	{name: "trap: rand with no period stays unread", p: model.Posting{Title: "Promoter", PayText: "R 500"}, pay: "-"},
	{name: "trap: a model year after R", p: model.Posting{Title: "Driver", DescriptionText: "You will drive the R 2024 model."}, pay: "-"},

	// The Philippine "Php" mark, glued or spaced.
	{name: "php glued range", p: model.Posting{Title: "Agent", PayText: "Php28,000-Php32,000"}, pay: "28000 32000 PHP month"},
	{name: "php in text with a period", p: model.Posting{Title: "Agent", DescriptionText: "Basic pay: Php 21,500 per month plus night differential."}, pay: "21500 21500 PHP month"},
	{name: "trap: php the language version", p: model.Posting{Title: "Developer", DescriptionText: "You will upgrade our stack to Php 8 and Symfony 7."}, pay: "-"},
	{name: "trap: php files counted", p: model.Posting{Title: "Developer", DescriptionText: "The codebase has 2,300 Php files."}, pay: "-"},

	// Rupees and pesos written in millions are pay where a pay field, a
	// period or a pay word says so.
	{name: "rupee millions range with code", p: model.Posting{Title: "Engineer", PayText: "₹3M - ₹5M INR"}, pay: "3e+06 5e+06 INR year"},
	{name: "rupee million word", p: model.Posting{Title: "Engineer", PayText: "₹1.8 million"}, pay: "1.8e+06 1.8e+06 INR year"},
	{name: "rupee millions in text with a period", p: model.Posting{Title: "Engineer", DescriptionText: "CTC: ₹4M - ₹6M per annum, plus stock."}, pay: "4e+06 6e+06 INR year"},
	{name: "trap: rupee millions raised", p: model.Posting{Title: "Engineer", DescriptionText: "We closed a ₹300M round and reach 5M farmers."}, pay: "-"},
	{name: "trap: rupee millions of budget", p: model.Posting{Title: "Manager", DescriptionText: "You will own a ₹40M marketing budget."}, pay: "-"},

	// Superannuation says Australian dollars.
	{name: "k plus super", p: model.Posting{Title: "Analyst", PayText: "$105k + super"}, pay: "105000 105000 AUD year"},
	{name: "hourly plus super glued", p: model.Posting{Title: "Nurse", PayText: "$52 - $58 per hour +super"}, pay: "52 58 AUD hour"},
	{name: "percent super in text", p: model.Posting{Title: "Analyst", DescriptionText: "Package: $118,000 + 12% super, hybrid."}, pay: "118000 118000 AUD year"},
	{name: "superannuation word", p: model.Posting{Title: "Analyst", DescriptionText: "Base of $98,000 plus superannuation and leave loading."}, pay: "98000 98000 AUD year"},
	{name: "super inclusive package", p: model.Posting{Title: "Analyst", PayText: "$140k inclusive of super"}, pay: "140000 140000 AUD year"},
	{name: "super inc abbreviated", p: model.Posting{Title: "Analyst", PayText: "$96,000 - $104,000 p.a. inc. super"}, pay: "96000 104000 AUD year"},
	{name: "kiwisaver says nz dollars", p: model.Posting{Title: "Analyst", PayText: "$78,000 - $88,000 + KiwiSaver"}, pay: "78000 88000 NZD year"},
	{name: "kiwi saver spaced in text", p: model.Posting{Title: "Driver", DescriptionText: "We pay $29.50 per hour plus Kiwi Saver."}, pay: "29.5 29.5 NZD hour"},
	{name: "trap: super as praise", p: model.Posting{Title: "Barista", DescriptionText: "Pay: $19/hr. Our crew is super friendly."}, pay: "19 19 USD hour"},
	{name: "trap: supervisor after pay", p: model.Posting{Title: "Barista", DescriptionText: "Pay: $19/hr, reporting to the shift supervisor."}, pay: "19 19 USD hour"},
	{name: "trap: us dollars named", p: model.Posting{Title: "Analyst", PayText: "USD 95k + super"}, pay: "95000 95000 USD year"},
	{name: "trap: a us place", p: model.Posting{Title: "Analyst", Locations: []string{"Boise, ID"}, PayText: "$95k + super"}, pay: "95000 95000 USD year"},
	{name: "trap: super far after the amount", p: model.Posting{Title: "Analyst", DescriptionText: "Salary: $95,000 per year. Later in the year you will meet our partners, the people behind the biggest retail super fund."}, pay: "95000 95000 USD year"},

	{name: "trap: a company's inc before super", p: model.Posting{Title: "Barista", DescriptionText: "Brew Inc. super crew, pay $21/hr."}, pay: "21 21 USD hour"},

	// A day rate written "p.d." or "/d".
	{name: "day rate p.d.", p: model.Posting{Title: "Consultant", PayText: "£525 p.d. outside IR35"}, pay: "525 525 GBP day"},
	{name: "day rate slash d range", p: model.Posting{Title: "Consultant", PayText: "£480 - £520/d"}, pay: "480 520 GBP day"},
	{name: "trap: slash a word starting with d", p: model.Posting{Title: "Clerk", DescriptionText: "Stock costs $12/dozen."}, pay: "-"},

	// A range of pounds with no period from £250 to £1,000 is a day rate.
	{name: "pound range no period is a day rate", p: model.Posting{Title: "Data Engineer", PayText: "£475 - £525"}, pay: "475 525 GBP day"},
	{name: "pound range after a rate word in text", p: model.Posting{Title: "Data Engineer", DescriptionText: "Rate: £600-£700, outside IR35, 6 months."}, pay: "600 700 GBP day"},
	{name: "trap: a single pound amount stays a fee", p: model.Posting{Title: "Data Engineer", PayText: "£500"}, pay: "500 500 GBP project"},
	{name: "trap: a pound range per week", p: model.Posting{Title: "Carer", PayText: "£380 - £420 per week"}, pay: "380 420 GBP week"},
	{name: "trap: dollars in the same band", p: model.Posting{Title: "Designer", PayText: "$400 - $600"}, pay: "400 600 USD project"},

	// A rate named after the amount.
	{name: "day rate after the amount", p: model.Posting{Title: "Consultant", PayText: "£575 day rate"}, pay: "575 575 GBP day"},
	{name: "hourly rate after the amount in text", p: model.Posting{Title: "Tutor", DescriptionText: "We pay $41 hourly rate for evening sessions."}, pay: "41 41 USD hour"},
	{name: "monthly stipend after the amount", p: model.Posting{Title: "Fellow", PayText: "$3,100 monthly stipend"}, pay: "3100 3100 USD month"},
	{name: "trap: a day pass", p: model.Posting{Title: "Host", DescriptionText: "Guests get a $45 day pass at the spa."}, pay: "-"},
	{name: "trap: a rate increase", p: model.Posting{Title: "Analyst", DescriptionText: "Salary: $72,000 per year with a $3,000 rate review."}, pay: "72000 72000 USD year"},

	// schema.org's unitText in capitals right after a flattened amount.
	{name: "schema month code after the amount", p: model.Posting{Title: "Support", PayText: "USD 2400 MONTH"}, pay: "2400 2400 USD month"},
	{name: "schema day code after a code", p: model.Posting{Title: "Consultant", PayText: "420 GBP DAY"}, pay: "420 420 GBP day"},
	{name: "trap: year-end in capitals", p: model.Posting{Title: "Analyst", DescriptionText: "A $4,000 YEAR-END award. Salary: $72,000 per year."}, pay: "72000 72000 USD year"},
	{name: "trap: a word that starts like a code", p: model.Posting{Title: "Support", PayText: "$600 DAYTIME SHIFTS"}, pay: "600 600 USD project"},

	// Two ends of a pay-range block flattened into running text.
	{name: "flattened spans with a code", p: model.Posting{Title: "Engineer", DescriptionText: "Annual base pay: $140,000 $175,000 USD"}, pay: "140000 175000 USD year"},
	{name: "flattened spans glued", p: model.Posting{Title: "Engineer", DescriptionText: `<p>Hiring range</p><div class="pay-range"><span>$96,000</span><span>$120,000 USD</span></div>`}, pay: "96000 120000 USD year"},
	{name: "pair alone on its line", p: model.Posting{Title: "Engineer", DescriptionText: "Range\n£52,000 £64,000\nLondon, hybrid"}, pay: "52000 64000 GBP year"},
	{name: "hourly pair after a pay word", p: model.Posting{Title: "Tutor", DescriptionText: "Pay range $32 $41 per hour."}, pay: "32 41 USD hour"},
	{name: "trap: prices in a row", p: model.Posting{Title: "Clerk", DescriptionText: "Our plans cost $40 $60 $90 each."}, pay: "-"},
	{name: "trap: a pair after no pay word", p: model.Posting{Title: "Clerk", DescriptionText: "Plans: $40 $60"}, pay: "-"},
	{name: "trap: second far above the first", p: model.Posting{Title: "Engineer", DescriptionText: "Salary $60,000 $250,000 commission pool."}, pay: "-"},
	{name: "trap: a pair with no pay word mid-sentence", p: model.Posting{Title: "Engineer", DescriptionText: "Donors gave $20,000 $30,000 each. Salary: $70,000 per year."}, pay: "70000 70000 USD year"},
	{name: "trap: different signs", p: model.Posting{Title: "Engineer", DescriptionText: "Pay range: £52,000 $64,000"}, pay: "-"},
}

func TestEnglishMarketPayCases(t *testing.T) { runFieldCases(t, englishMarketPayCases) }
