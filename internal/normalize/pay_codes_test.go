package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// payCodeCases pin the pay fixes guided by a fourth round of other
// projects' salary-parser test tables (HELD4, scored from outside the
// repository with TestAgreementOutside; none of their cases is copied
// here). Each category is written in this project's own words, with traps
// beside it that the fix must leave alone.
var payCodeCases = []truthCase{
	// The old rouble code RUR and the tenge code KZT: pay quoted by the month.
	{name: "rur code is roubles", p: model.Posting{Title: "Стажёр", PayText: "от 90 000 RUR"}, pay: "90000 90000 RUB month"},
	{name: "kzt code monthly", p: model.Posting{Title: "Стажёр", PayText: "350 000 KZT"}, pay: "350000 350000 KZT month"},
	// Traps: a word that starts like a code, and millions of tenge.
	{name: "rural is no code", p: model.Posting{Title: "Driver", DescriptionText: "Rural routes of 45000 miles a year."}, pay: "-"},
	{name: "kzt millions are no pay", p: model.Posting{Title: "Analyst", DescriptionText: "A KZT 3 million budget for the launch."}, pay: "-"},

	// A lone four-digit amount in a pay field, alone or after a bound, is
	// pay ("up to 3500 USD"); a label naming the period ("monthly stipend:",
	// French "salaire mensuel :") makes it pay in text too.
	{name: "four digits up to in a pay field", p: model.Posting{Title: "Designer", PayText: "up to 3500 USD"}, pay: "3500 3500 USD project"},
	{name: "four digits alone in a pay field", p: model.Posting{Title: "Designer", PayText: "4200 EUR"}, pay: "4200 4200 EUR project"},
	{name: "monthly stipend label four digits", p: model.Posting{Title: "Intern", DescriptionText: "Monthly stipend: 1200€ for the summer."}, pay: "1200 1200 EUR month"},
	{name: "salaire mensuel label", p: model.Posting{Title: "Stagiaire", DescriptionText: "Salaire mensuel : 1800€ brut."}, pay: "1800 1800 EUR month"},
	{name: "salaire horaire de", p: model.Posting{Title: "Tuteur", DescriptionText: "Salaire horaire de 13€ pour les cours du soir."}, pay: "13 13 EUR hour"},
	// Traps: a year before a currency stays no pay, in text and in a pay
	// field that says more than a bound.
	{name: "year before a code in text", p: model.Posting{Title: "Writer", DescriptionText: "Since 2018 USD payouts go out weekly."}, pay: "-"},
	{name: "year in a wordy pay field", p: model.Posting{Title: "Writer", PayText: "Paid since 2015 USD"}, pay: "-"},

	// French "de l'heure" after an amount: an hourly rate.
	{name: "de l'heure", p: model.Posting{Title: "Tuteur", DescriptionText: "Rémunération : 15 € de l'heure, 6 heures par semaine."}, pay: "15 15 EUR hour"},
	{name: "de l’heure curly", p: model.Posting{Title: "Tuteur", DescriptionText: "On paie 24 $ de l’heure."}, pay: "24 24 USD hour"},
	// Trap: other "de l..." words after an amount are no period.
	{name: "de la livraison is no period", p: model.Posting{Title: "Vendeur", DescriptionText: "Frais de 15 € de livraison offerts."}, pay: "-"},

	// Two sizes of a business around a slash ("€40/£35m") are no pay; the
	// salary after them still reads.
	{name: "slashed business sizes then salary", p: model.Posting{Title: "Analyst", DescriptionText: "A €40/£35m turnover business. Salary: £48,000 per annum."}, pay: "48000 48000 GBP year"},
	{name: "slashed business sizes alone", p: model.Posting{Title: "Analyst", DescriptionText: "We are a €120/£100m revenue group. The salary is competitive."}, pay: "-"},
	// Trap: an amount a month or an hour with a slash stays pay.
	{name: "slash period stays pay", p: model.Posting{Title: "Tutor", DescriptionText: "Pay: €500/month for ten hours a week."}, pay: "500 500 EUR month"},

	// A sum that may be made in a stretch of time ("in an afternoon") is
	// no rate when nothing else names the period.
	{name: "earn in an evening", p: model.Posting{Title: "Tester", DescriptionText: "Earn up to £40 in an evening of app testing."}, pay: "-"},
	{name: "make in a weekend", p: model.Posting{Title: "Helper", DescriptionText: "You could make $120 in a single weekend."}, pay: "-"},
	// Traps: a period or a named pay kind before the span still reads.
	{name: "hourly then in a day", p: model.Posting{Title: "Tutor", DescriptionText: "Pay: $30 per hour in a day of four sessions."}, pay: "30 30 USD hour"},
	{name: "stipend then in a month", p: model.Posting{Title: "Intern", DescriptionText: "A stipend of $500 in a month of work."}, pay: "500 500 USD project"},
	{name: "fee for the project", p: model.Posting{Title: "Writer", DescriptionText: "Fee: $300 for the project, due in a week."}, pay: "300 300 USD project"},

	// Chinese pay fields without a currency: K a month ("9k-14k/月"), 万
	// (ten thousand) a year ("18-25万/年"), read in the place's currency.
	{name: "k a month field china", p: model.Posting{Title: "实习生", PayText: "9k-14k/月", Locations: []string{"Shanghai, China"}}, pay: "9000 14000 CNY month"},
	{name: "wan a year field china", p: model.Posting{Title: "工程师", PayText: "18-25万/年", Locations: []string{"Beijing, China"}}, pay: "180000 250000 CNY year"},
	// A Chinese listing's bare K amounts are a month's pay (boards quote by the month).
	{name: "bare k range china month", p: model.Posting{Title: "工程师", PayText: "30-45K", Locations: []string{"Shenzhen, China"}}, pay: "30000 45000 CNY month"},
	// Traps: the same field elsewhere is a year's; no K and the 薪 count
	// is no month's pay.
	{name: "bare k range london year", p: model.Posting{Title: "Engineer", PayText: "30-45K", Locations: []string{"London, UK"}}, pay: "30000 45000 GBP year"},
	{name: "bare k range no place year", p: model.Posting{Title: "Engineer", PayText: "30-45K"}, pay: "30000 45000 USD year"},
	{name: "no k with pay count", p: model.Posting{Title: "工程师", PayText: "25-35·13薪", Locations: []string{"Shenzhen, China"}}, pay: "-"},

	// A pay field stating no period, in a place that quotes pay by the
	// month (Russia, Kazakhstan, Czechia, China ...), is a month's pay,
	// whatever the currency; a bare amount takes the place's currency.
	{name: "from dollars in moscow", p: model.Posting{Title: "Разработчик", PayText: "от 1500 USD", Locations: []string{"Moscow, Russia"}}, pay: "1500 1500 USD month"},
	{name: "euros in prague", p: model.Posting{Title: "Developer", PayText: "2500 EUR", Locations: []string{"Prague, Czechia"}}, pay: "2500 2500 EUR month"},
	{name: "bare amount in almaty", p: model.Posting{Title: "Стажёр", PayText: "120 000", Locations: []string{"Almaty, Kazakhstan"}}, pay: "120000 120000 KZT month"},
	// Traps: a fee or total word, a stated year, another place, a
	// year-sized foreign salary and text outside the pay field stay as read.
	{name: "fee word in moscow", p: model.Posting{Title: "Дизайнер", PayText: "Project fee: 2,000 USD", Locations: []string{"Moscow, Russia"}}, pay: "2000 2000 USD project"},
	{name: "total in moscow", p: model.Posting{Title: "Дизайнер", PayText: "2000 USD total", Locations: []string{"Moscow, Russia"}}, pay: "2000 2000 USD project"},
	{name: "dollars in berlin", p: model.Posting{Title: "Designer", PayText: "2000 USD", Locations: []string{"Berlin, Germany"}}, pay: "2000 2000 USD project"},
	{name: "yearly dollars in moscow", p: model.Posting{Title: "Engineer", PayText: "$60,000", Locations: []string{"Moscow, Russia"}}, pay: "60000 60000 USD year"},
	{name: "stated year in prague", p: model.Posting{Title: "Engineer", PayText: "60 000 EUR per year", Locations: []string{"Prague, Czechia"}}, pay: "60000 60000 EUR year"},
	// Vietnamese boards quote dollars by the month too ("Tới" is "up to").
	{name: "up to dollars in hanoi", p: model.Posting{Title: "Lập trình viên", PayText: "Tới 1,200 USD", Locations: []string{"Hanoi, Vietnam"}}, pay: "1200 1200 USD month"},
	// Traps: a lump-sum word, and a bare amount whose currency the place
	// does not fix as dong.
	{name: "lump sum in hanoi", p: model.Posting{Title: "Thiết kế", PayText: "1,200 USD trọn gói", Locations: []string{"Hanoi, Vietnam"}}, pay: "1200 1200 USD project"},
	{name: "bare k in hanoi keeps its currency", p: model.Posting{Title: "Engineer", PayText: "30-45K", Locations: []string{"Hanoi, Vietnam"}}, pay: "30000 45000 USD year"},
	// "kr" is the crown of Norway, Sweden or Denmark: the listing's place
	// names which; "per år" (a year) and "per måned" / "per månad" (a month).
	{name: "kr range a year in oslo", p: model.Posting{Title: "Utvikler", PayText: "Lønn: kr 520 000 – 610 000 per år", Locations: []string{"Oslo, Norway"}}, pay: "520000 610000 NOK year"},
	{name: "kr after a month in stockholm", p: model.Posting{Title: "Utvecklare", PayText: "32 000 kr per månad", Locations: []string{"Stockholm, Sweden"}}, pay: "32000 32000 SEK month"},
	{name: "kr dot in copenhagen", p: model.Posting{Title: "Udvikler", PayText: "kr. 38.000 per måned", Locations: []string{"Copenhagen, Denmark"}}, pay: "38000 38000 DKK month"},
	// Traps: crowns outside the Nordic countries are no known currency,
	// and a code beside them wins.
	{name: "kr in london is no pay", p: model.Posting{Title: "Developer", PayText: "kr 520 000", Locations: []string{"London, UK"}}, pay: "-"},
	{name: "kr with no place is no pay", p: model.Posting{Title: "Developer", PayText: "kr 520 000"}, pay: "-"},
	{name: "nok code in stockholm stays nok", p: model.Posting{Title: "Developer", PayText: "NOK 520 000", Locations: []string{"Stockholm, Sweden"}}, pay: "520000 520000 NOK year"},
	{name: "text budget in moscow", p: model.Posting{Title: "Designer", DescriptionText: "Logo design, budget 2000 USD.", Locations: []string{"Moscow, Russia"}}, pay: "-"},
}

func TestPayCodeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range payCodeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// FuzzPayCodes checks these readings (Chinese K and 万 pay fields,
// French period words, four-digit amounts after a bound) in a pay field
// and in text: a well-formed pay with evidence that is a span of the text.
func FuzzPayCodes(f *testing.F) {
	for _, tc := range payCodeCases {
		f.Add(tc.p.PayText + tc.p.DescriptionText)
	}
	f.Add("от 2000 RUR до 3000 KZT/月")
	f.Add("Salaire mensuel : 9999€ de l'heure €1/£2m")
	f.Fuzz(checkParsedPay)
}
