package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// payCurrencyCases pin the pay fixes guided by other projects' salary-parser
// test tables (scored from outside the repository with TestAgreementOutside;
// none of their cases is copied here). Each category is written in this
// project's own words, with traps beside it that the fix must leave alone.
var payCurrencyCases = []truthCase{
	// More currencies: codes and signs of the Gulf, Central and Eastern
	// Europe, Turkey and East Asia.
	{name: "egyptian pound code", p: model.Posting{Title: "Accountant", PayText: "EGP 18,000 - 22,000 / month"}, pay: "18000 22000 EGP month"},
	{name: "dirham code", p: model.Posting{Title: "Sales Lead", PayText: "AED 9,500 monthly"}, pay: "9500 9500 AED month"},
	{name: "koruna sign", p: model.Posting{Title: "Skladník", PayText: "32 000 - 38 000 Kč"}, pay: "32000 38000 CZK month"},
	{name: "koruna hourly", p: model.Posting{Title: "Brigádník", PayText: "185 Kč/hod"}, pay: "185 185 CZK hour"},
	{name: "lira sign", p: model.Posting{Title: "Yazılımcı", PayText: "₺45.000 - ₺60.000"}, pay: "45000 60000 TRY month"},
	{name: "ruble sign", p: model.Posting{Title: "Аналитик", PayText: "150 000 ₽"}, pay: "150000 150000 RUB month"},
	{name: "taiwan dollar monthly label", p: model.Posting{Title: "Engineer", PayText: "NT$ 45,000 - 52,000 (月薪)"}, pay: "45000 52000 TWD month"},
	{name: "taiwan dollar yearly label", p: model.Posting{Title: "Engineer", PayText: "NT$ 900,000 (年薪)"}, pay: "900000 900000 TWD year"},
	{name: "zloty sign", p: model.Posting{Title: "Tester", PayText: "9 000 - 11 000 zł brutto"}, pay: "9000 11000 PLN month"},
	// Periods in Polish, Czech and Russian.
	{name: "polish per month word", p: model.Posting{Title: "Developer", PayText: "21 000 - 24 000 PLN netto miesięcznie"}, pay: "21000 24000 PLN month"},
	{name: "polish yearly word", p: model.Posting{Title: "Developer", PayText: "250 000 PLN brutto rocznie"}, pay: "250000 250000 PLN year"},
	{name: "polish hourly b2b with vat note", p: model.Posting{Title: "Developer", PayText: "160–190 PLN (+ VAT) / h"}, pay: "160 190 PLN hour"},
	{name: "czech monthly word", p: model.Posting{Title: "Účetní", PayText: "45 000 Kč měsíčně"}, pay: "45000 45000 CZK month"},
	{name: "russian range words", p: model.Posting{Title: "Разработчик", PayText: "от 120 000 до 180 000 руб"}, pay: "120000 180000 RUB month"},
	{name: "russian up to", p: model.Posting{Title: "Разработчик", PayText: "до 250 000 руб."}, pay: "250000 250000 RUB month"},
	{name: "dollars by the month in russian", p: model.Posting{Title: "Designer", PayText: "от 2500 до 3500 USD"}, pay: "2500 3500 USD month"},
	// Small amounts in a monthly-quoted currency stay hourly.
	{name: "small zloty amount is hourly", p: model.Posting{Title: "Kurier", PayText: "32 PLN"}, pay: "32 32 PLN hour"},
	// Traps: letters that look like a currency are none.
	{name: "try in capitals is no lira", p: model.Posting{Title: "Tester", DescriptionText: "TRY 3 TIMES BEFORE YOU ASK FOR HELP."}, pay: "-"},
	{name: "k before a czech letter in a word", p: model.Posting{Title: "Writer", DescriptionText: "Write 5 Kčeské articles."}, pay: "-"},
	{name: "russian word do is no range", p: model.Posting{Title: "Курьер", DescriptionText: "Работа до 8 часов в день."}, pay: "-"},

	// A salary printed on a line of its own, with no pay word: a currency
	// sign first, thousands separated, the size of a year's salary.
	{name: "lone salary range line", p: model.Posting{Title: "Planner", DescriptionText: "Grade 6\n$68,400 - $74,900\nCanberra"}, pay: "68400 74900 USD year"},
	{name: "estimate label range", p: model.Posting{Title: "Planner", DescriptionText: "Estimate: £41,000 - £47,500"}, pay: "41000 47500 GBP year"},
	{name: "lone salary amount", p: model.Posting{Title: "Planner", DescriptionText: "Join us in Leeds, £36,500."}, pay: "36500 36500 GBP year"},
	{name: "lone range after a funding round stays a salary", p: model.Posting{Title: "Planner", DescriptionText: "We closed a $5m seed round.\n$90,000 - $110,000"}, pay: "90000 110000 USD year"},
	// Traps: money that is not a salary, however it is written.
	{name: "funding range is no salary", p: model.Posting{Title: "Planner", DescriptionText: "Last year we raised $250,000 - $400,000 from angels."}, pay: "-"},
	{name: "funding millions", p: model.Posting{Title: "Planner", DescriptionText: "Backed by $5m in seed funding."}, pay: "-"},
	{name: "unseparated amount is no salary", p: model.Posting{Title: "Planner", DescriptionText: "Ticket $45000 was closed."}, pay: "-"},
	{name: "wide range is no salary", p: model.Posting{Title: "Planner", DescriptionText: "Deals from $20,000 - $900,000."}, pay: "-"},
	{name: "small lone amount is no salary", p: model.Posting{Title: "Planner", DescriptionText: "A laptop worth $1,200 is provided."}, pay: "-"},
	// A price for each of a thing, and benefit budgets, are no pay.
	{name: "price per seat", p: model.Posting{Title: "Sales Rep", DescriptionText: "Our plan costs $12 per seat."}, pay: "-"},
	{name: "price is per box", p: model.Posting{Title: "Sales Rep", DescriptionText: "The price is $30 per box."}, pay: "-"},
	{name: "fee per gadget", p: model.Posting{Title: "Sales Rep", DescriptionText: "A handling fee of $2 per gadget applies."}, pay: "-"},
	{name: "per word stays pay", p: model.Posting{Title: "Writer", DescriptionText: "Rate: $0.10 per word."}, pay: "0.1 0.1 USD project"}, // a piece rate (pay_piece_rate_test.go); was read as an hour
	{name: "fixed price stays pay", p: model.Posting{Title: "Designer", DescriptionText: "Fixed price: $450."}, pay: "450 450 USD project"},
	{name: "training budget", p: model.Posting{Title: "Engineer", DescriptionText: "You get a training budget of €2,000 a year."}, pay: "-"},
	{name: "book fund", p: model.Posting{Title: "Engineer", DescriptionText: "Books fund of $300 a year for every hire."}, pay: "-"},
	// Lakh salaries: bonuses skipped, the base named wins over the total.
	{name: "lakh bonus then base", p: model.Posting{Title: "Developer", DescriptionText: "Joining bonus 1 LPA. Base pay: 9 LPA."}, pay: "900000 900000 INR year"},
	{name: "lakh total then base", p: model.Posting{Title: "Developer", DescriptionText: "CTC 10 LPA, of which 7 LPA fixed."}, pay: "700000 700000 INR year"},
	{name: "medical cover in lakhs is no pay", p: model.Posting{Title: "Developer", DescriptionText: "Health cover of ₹5L for the family."}, pay: "-"},
	{name: "lakh esops are no pay", p: model.Posting{Title: "Developer", DescriptionText: "Plus 3 LPA in ESOPs."}, pay: "-"},
	// Amounts with a period and no currency in running text: the place
	// names the currency.
	{name: "text range per year no sign", p: model.Posting{Title: "Planner", Locations: []string{"Perth, Australia"}, DescriptionText: "Remuneration 91,000 - 99,000 per year plus super."}, pay: "91000 99000 AUD year"},
	{name: "text indian grouping per annum", p: model.Posting{Title: "Analyst", Locations: []string{"Pune, India"}, DescriptionText: "Offered 9,50,000 per annum."}, pay: "950000 950000 INR year"},
	{name: "text k per month with pay word", p: model.Posting{Title: "Analyst", Locations: []string{"Pune, India"}, DescriptionText: "Stipend: 25k/month."}, pay: "25000 25000 INR month"},
	{name: "text hourly with pay word", p: model.Posting{Title: "Picker", Locations: []string{"Leeds, UK"}, DescriptionText: "You will earn 12.50 per hour."}, pay: "12.5 12.5 GBP hour"},
	{name: "text us default", p: model.Posting{Title: "Clerk", DescriptionText: "Wage: 19 an hour."}, pay: "19 19 USD hour"},
	// Traps: counts, ages, years and sizes with a period are no pay.
	{name: "visitors per month", p: model.Posting{Title: "Editor", DescriptionText: "Our blog gets 40,000 per month."}, pay: "-"},
	{name: "orders per day", p: model.Posting{Title: "Packer", DescriptionText: "We ship 1,500 per day."}, pay: "-"},
	{name: "age and hours", p: model.Posting{Title: "Packer", DescriptionText: "You must be 18 years old and work 20 per week."}, pay: "-"},
	{name: "phone number", p: model.Posting{Title: "Packer", DescriptionText: "Call 555-1234 per day between 9 and 5."}, pay: "-"},
	{name: "year founded", p: model.Posting{Title: "Packer", DescriptionText: "Since 2012 per year we grow 30 per year."}, pay: "-"},
	{name: "tool budget per year", p: model.Posting{Title: "Analyst", DescriptionText: "A tooling budget of 50,000 per year is yours to run."}, pay: "-"},
	{name: "revenue per year", p: model.Posting{Title: "Analyst", DescriptionText: "Revenue of 250,000 per year."}, pay: "-"},
	{name: "bonus per year", p: model.Posting{Title: "Analyst", DescriptionText: "A bonus of 5,000 per year."}, pay: "-"},
	{name: "unpaid text with numbers stays unpaid", p: model.Posting{Title: "Helper", DescriptionText: "This is an unpaid role; we serve 2,000 per month."}, pay: "-"},

	// A range written with a slash between two signed amounts.
	{name: "slash between two salaries", p: model.Posting{Title: "Engineer", DescriptionText: "Pay band $92,000/$118,000 a year."}, pay: "92000 118000 USD year"},
	{name: "slash hourly stays one amount", p: model.Posting{Title: "Tutor", DescriptionText: "Rate: $28/hr, 10 hours a week."}, pay: "28 28 USD hour"},
	{name: "two prices with a slash are no salary", p: model.Posting{Title: "Clerk", DescriptionText: "Plans cost $9/$19."}, pay: "-"},
	// A range with signs on both ends needs no thousands separator.
	{name: "signed range without separators", p: model.Posting{Title: "Engineer", DescriptionText: "$104000 - $121000"}, pay: "104000 121000 USD year"},
	// A salary label over an amount with no currency and no period.
	{name: "salary label k range", p: model.Posting{Title: "Engineer", DescriptionText: "Salary: 95k-110k, equity on top."}, pay: "95000 110000 USD year"},
	{name: "salary range label in a pay field", p: model.Posting{Title: "Engineer", PayText: "Salary range: 72000 - 88000"}, pay: "72000 88000 USD year"},
	{name: "compensation label separated", p: model.Posting{Title: "Engineer", Locations: []string{"Berlin, Germany"}, DescriptionText: "Compensation - 64.000 to 71.000"}, pay: "64000 71000 EUR year"},
	{name: "401k under a label is no salary", p: model.Posting{Title: "Engineer", DescriptionText: "Compensation: 401k match and dental."}, pay: "-"},
	{name: "small number under a label is no salary", p: model.Posting{Title: "Engineer", DescriptionText: "Pay: 3 weeks of training first."}, pay: "-"},
	{name: "unseparated single under a label stays out", p: model.Posting{Title: "Engineer", DescriptionText: "Salary: 2026 review pending."}, pay: "-"},
	// The low end written in words before the amount.
	{name: "or more up to", p: model.Posting{Title: "Clerk", Locations: []string{"Bristol, UK"}, DescriptionText: "Salary 21,000 or more up to 24,000 per annum."}, pay: "21000 24000 GBP year"},
	// More places name their currency for an amount stated without one.
	{name: "norway bare field", p: model.Posting{Title: "Utvikler", Locations: []string{"Bergen, Norway"}, PayText: "640 000"}, pay: "640000 640000 NOK year"},
	{name: "norwegian label", p: model.Posting{Title: "Utvikler", Locations: []string{"Oslo, Norway"}, PayText: "Lønn 720 000"}, pay: "720000 720000 NOK year"},
	{name: "norwegian label small number", p: model.Posting{Title: "Utvikler", Locations: []string{"Oslo, Norway"}, PayText: "Lønn 4321"}, pay: "-"},
	{name: "lakhs in a pay field", p: model.Posting{Title: "Developer", Locations: []string{"Chennai, India"}, PayText: "6-9 Lakhs"}, pay: "600000 900000 INR year"},
	{name: "hourly abbreviation in text", p: model.Posting{Title: "Cleaner", Locations: []string{"Leeds, UK"}, DescriptionText: "I want to earn 14 ph."}, pay: "14 14 GBP hour"},

	// A period named with the pay word before the amount wins over the
	// length of the work after it.
	{name: "monthly stipend for a program", p: model.Posting{Title: "Fellow", DescriptionText: "Fellows get a monthly stipend of €900 for the six-month program."}, pay: "900 900 EUR month"},
	{name: "stipend for a program stays a fee", p: model.Posting{Title: "Fellow", DescriptionText: "Fellows get a stipend of €900 for the six-month program."}, pay: "900 900 EUR project"},
	{name: "period word far before stays a fee", p: model.Posting{Title: "Fellow", DescriptionText: "Weekly check-ins. Stipend: $700 for the project."}, pay: "700 700 USD project"},

	// A k amount with its currency first, alone: a year's salary.
	{name: "code and k alone", p: model.Posting{Title: "Engineer", DescriptionText: "We pay GBP 58k to the right person."}, pay: "58000 58000 GBP year"},
	{name: "sign and k alone", p: model.Posting{Title: "Engineer", DescriptionText: "Offering €72k with relocation help."}, pay: "72000 72000 EUR year"},
	{name: "small k amount alone is no salary", p: model.Posting{Title: "Engineer", DescriptionText: "We sponsor an $8k hackathon."}, pay: "-"},
	{name: "k funding alone is no salary", p: model.Posting{Title: "Engineer", DescriptionText: "We closed $750k in pre-seed funding."}, pay: "-"},
	// A slash before a standalone period word, a code glued to the digits.
	{name: "slash monthly word", p: model.Posting{Title: "Assistant", PayText: "$700/monthly"}, pay: "700 700 USD month"},
	{name: "code glued to digits", p: model.Posting{Title: "Assistant", PayText: "2,400EUR/month"}, pay: "2400 2400 EUR month"},
	{name: "code glued inside a word is none", p: model.Posting{Title: "Assistant", DescriptionText: "Model X100USDA approved, 24/7 support."}, pay: "-"},
	// "over $X/period" in a pay field is pay; in text it stays a trap.
	{name: "over in a pay field", p: model.Posting{Title: "Assistant", PayText: "over $750/mo"}, pay: "750 750 USD month"},
	{name: "over in text stays out", p: model.Posting{Title: "Assistant", DescriptionText: "Clients spend over $750 per month with us."}, pay: "-"},
	// Chinese board notation: yuan a day, K a month paid N times a year.
	{name: "yuan per day", p: model.Posting{Title: "实习生", PayText: "180-220元/天"}, pay: "180 220 CNY day"},
	{name: "yuan per month", p: model.Posting{Title: "实习生", PayText: "6000元/月"}, pay: "6000 6000 CNY month"},
	{name: "four digits and a code with a period", p: model.Posting{Title: "Designer", DescriptionText: "Salary: 4200 EUR/month gross."}, pay: "4200 4200 EUR month"},
	{name: "year before a sign stays a year", p: model.Posting{Title: "Designer", DescriptionText: "Founded in 2015 $ backed by friends."}, pay: "-"},
	{name: "lone range with equity and bonus stays a salary", p: model.Posting{Title: "Planner", DescriptionText: "12-month contract.\n£52,000 - £58,000 + equity + bonus"}, pay: "52000 58000 GBP year"},
	{name: "budgets beside a lone amount", p: model.Posting{Title: "Planner", DescriptionText: "Our clients include firms with $50,000+ budgets."}, pay: "-"},
	{name: "a price beside a lone amount", p: model.Posting{Title: "Driver", DescriptionText: "The van costs $32,000, fully insured."}, pay: "-"},
	{name: "a contract value", p: model.Posting{Title: "Analyst", DescriptionText: "You will manage contracts of $150,000 - $300,000."}, pay: "-"},
	{name: "funding sentence around a lone range", p: model.Posting{Title: "Planner", DescriptionText: "Our seed round brought in $400,000 - $600,000 from angels."}, pay: "-"},
	{name: "k with months of pay", p: model.Posting{Title: "工程师", Locations: []string{"Beijing, China"}, PayText: "18-28K·13薪"}, pay: "18000 28000 CNY month"},
	{name: "yuan in a word is no amount", p: model.Posting{Title: "实习生", DescriptionText: "元旦放假3天。"}, pay: "-"},
}

func TestPayCurrencyCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range payCurrencyCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// FuzzTextBarePay checks that pay read with no currency from running text
// is a well-formed range with evidence that is a span of the text.
func FuzzTextBarePay(f *testing.F) {
	for _, c := range payCurrencyCases {
		f.Add(c.p.DescriptionText)
	}
	f.Add("Salary 21,000 or more up to 24,000 per annum")
	f.Add("Salary: 150k-200k")
	f.Fuzz(func(t *testing.T, s string) {
		p := textBarePay("text", s)
		if p == nil {
			return
		}
		if p.Min <= 0 {
			t.Errorf("pay %+v from %q has no minimum", *p, s)
		}
		checkFuzzedPay(t, p, s)
	})
}

// TestMoneyAtWide checks moneyAt against reMoneyAt on random amounts built
// with the rarer currency signs and codes and the Russian range word too
// (moneyAt reads them with its wide programs only where one occurs).
func TestMoneyAtWide(t *testing.T) {
	checkMoneyAt(t, 7, []string{"$", "NT$", "N", "T", "€", "₽", "₺", "₪", "Kč", "руб", "до ", "от ", "CZK", "TRY", "EGP", "USD", "SAR", "CZ",
		"1", "12", "123", "1,234", "1.234", "45 000", "k", "K", " ", "-", "–", "to", "and", "/", "hr", "\n", "é"})
}

// BenchmarkTextBarePay reads a 4 KB description that states no pay: the
// cost textBarePay adds to every listing without pay.
func BenchmarkTextBarePay(b *testing.B) {
	text := strings.ReplaceAll(benchText, "pays $300 for", "runs for")
	for b.Loop() {
		textBarePay("text", text)
	}
}
