package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// moreMarkCases: pay with the currency marks pay_currency_marks_more.go
// reads, written for this project, with the traps it must leave alone.
var moreMarkCases = []truthCase{
	// South African rand.
	{name: "rand range by the month", p: model.Posting{Title: "Bookkeeper", PayText: "R18 500 - R24 000 per month"}, pay: "18500 24000 ZAR month"},
	{name: "rand by the year", p: model.Posting{Title: "Engineer", PayText: "R 620 000 per annum"}, pay: "620000 620000 ZAR year"},
	{name: "rand in running text", p: model.Posting{Title: "Engineer", DescriptionText: "The salary is R38,000 per month plus medical aid."}, pay: "38000 38000 ZAR month"},
	// Nordic crowns.
	{name: "swedish krona by the month", p: model.Posting{Title: "Säljare", PayText: "32 000 kr/mån"}, pay: "32000 32000 SEK month"},
	{name: "swedish colon dash", p: model.Posting{Title: "Säljare", PayText: "29 500:- per månad"}, pay: "29500 29500 SEK month"},
	{name: "swedish salary with no period", p: model.Posting{Title: "Säljare", DescriptionText: "Lön: 34 000 kr plus provision."}, pay: "34000 34000 SEK month"},
	{name: "swedish yearly figure with no period", p: model.Posting{Title: "Säljare", DescriptionText: "Lön: 540 000 kr inklusive bonus."}, pay: "540000 540000 SEK year"},
	{name: "swedish hourly", p: model.Posting{Title: "Lagerarbetare", PayText: "165 kr/tim"}, pay: "165 165 SEK hour"},
	{name: "danish krone by the month", p: model.Posting{Title: "Udvikler", PayText: "Løn: 42.000 kr. om måneden"}, pay: "42000 42000 DKK month"},
	{name: "norwegian krone stays norwegian", p: model.Posting{Title: "Utvikler", PayText: "Lønn: 720 000 kr per år"}, pay: "720000 720000 NOK year"},
	// Central and Eastern Europe, Turkey.
	{name: "hungarian forint a month", p: model.Posting{Title: "Fejlesztő", PayText: "720 000 Ft/hó"}, pay: "720000 720000 HUF month"},
	{name: "hungarian gross forint", p: model.Posting{Title: "Fejlesztő", PayText: "bruttó 900 000 - 1 100 000 Ft"}, pay: "900000 1.1e+06 HUF month"},
	{name: "hungarian thousand word", p: model.Posting{Title: "Fejlesztő", PayText: "650 ezer Ft"}, pay: "650000 650000 HUF month"},
	{name: "romanian lei net", p: model.Posting{Title: "Programator", PayText: "6.500 lei net"}, pay: "6500 6500 RON month"},
	{name: "romanian thousands word", p: model.Posting{Title: "Programator", PayText: "7 mii lei"}, pay: "7000 7000 RON month"},
	{name: "turkish lira mark", p: model.Posting{Title: "Geliştirici", PayText: "75.000 TL"}, pay: "75000 75000 TRY month"},
	{name: "turkish thousand word", p: model.Posting{Title: "Geliştirici", PayText: "60 - 80 bin TL"}, pay: "60000 80000 TRY month"},
	// Asia, the Middle East, Africa.
	{name: "vietnamese dong glued", p: model.Posting{Title: "Kế toán", PayText: "18.000.000đ/tháng"}, pay: "1.8e+07 1.8e+07 VND month"},
	{name: "thai baht sign", p: model.Posting{Title: "Developer", PayText: "฿42,000"}, pay: "42000 42000 THB month"},
	{name: "thai baht word a month", p: model.Posting{Title: "Developer", PayText: "35,000 - 50,000 บาท/เดือน"}, pay: "35000 50000 THB month"},
	{name: "israeli shekel abbreviation", p: model.Posting{Title: "מפתח", PayText: "21,000 ש\"ח"}, pay: "21000 21000 ILS month"},
	{name: "egyptian pound sign", p: model.Posting{Title: "Accountant", PayText: "E£ 16,000 per month"}, pay: "16000 16000 EGP month"},
	{name: "ghana cedi sign", p: model.Posting{Title: "Accountant", PayText: "GH₵ 7,500 per month"}, pay: "7500 7500 GHS month"},
	{name: "saudi riyal word with a pay word", p: model.Posting{Title: "محاسب", DescriptionText: "راتب 9000 ريال شهريا"}, pay: "9000 9000 SAR month"},
	{name: "hindi rupees word", p: model.Posting{Title: "Data Entry", PayText: "18000 रुपये प्रति माह"}, pay: "18000 18000 INR month"},
	{name: "ringgit alone in a pay field", p: model.Posting{Title: "Executive", PayText: "RM 5,200"}, pay: "5200 5200 MYR month"},
	// The Americas and Switzerland.
	{name: "mexican peso mark", p: model.Posting{Title: "Desarrollador", PayText: "MX$ 42,000 mensuales"}, pay: "42000 42000 MXN month"},
	{name: "colombian peso mark", p: model.Posting{Title: "Desarrollador", PayText: "COL$ 6.000.000"}, pay: "6e+06 6e+06 COP month"},
	{name: "peruvian sol", p: model.Posting{Title: "Desarrollador", PayText: "S/ 5,500 mensuales"}, pay: "5500 5500 PEN month"},
	{name: "peruvian sol thousand word", p: model.Posting{Title: "Desarrollador", PayText: "S/ 4 mil"}, pay: "4000 4000 PEN month"},
	{name: "uruguayan peso", p: model.Posting{Title: "Desarrollador", PayText: "$U 85.000 nominales"}, pay: "85000 85000 UYU month"},
	{name: "chilean peso code is monthly", p: model.Posting{Title: "Desarrollador", PayText: "CLP 1.800.000"}, pay: "1.8e+06 1.8e+06 CLP month"},
	{name: "swiss franc abbreviation", p: model.Posting{Title: "Ingenieur", PayText: "Fr. 105'000.–"}, pay: "105000 105000 CHF year"},
	// Periods after amounts the scanner already reads.
	{name: "italian a week", p: model.Posting{Title: "Cameriere", PayText: "€ 450 a settimana"}, pay: "450 450 EUR week"},
	{name: "net figure is a month's", p: model.Posting{Title: "Entwickler", PayText: "2800 € netto"}, pay: "2800 2800 EUR month"},
	{name: "polish thousand word", p: model.Posting{Title: "Programista", PayText: "12 tys. zł brutto"}, pay: "12000 12000 PLN month"},
	{name: "brazilian thousand word", p: model.Posting{Title: "Desenvolvedor", PayText: "R$ 7 mil"}, pay: "7000 7000 BRL month"},
	{name: "pesos thousand word", p: model.Posting{Title: "Desarrollador", PayText: "$35 mil pesos al mes", Locations: []string{"Monterrey"}}, pay: "35000 35000 MXN month"},
	{name: "trap: five mil in english is a size", p: model.Posting{Title: "Engineer", DescriptionText: "We raised $5 mil last spring."}, pay: "-"},
	{name: "trap: mil millones is a billion", p: model.Posting{Title: "Analista", DescriptionText: "Facturamos R$ 2 mil milhões por ano."}, pay: "-"},
	{name: "gross figure of a year stays a year", p: model.Posting{Title: "Entwickler", PayText: "62000 € brutto"}, pay: "62000 62000 EUR year"},

	// Traps.
	{name: "trap: r and d is no rand", p: model.Posting{Title: "Engineer", DescriptionText: "Join our R&D group of 40 engineers."}, pay: "-"},
	{name: "trap: an R version is no rand", p: model.Posting{Title: "Analyst", DescriptionText: "You know R 4.3 and Python 3.12 well."}, pay: "-"},
	{name: "trap: an R year is no rand", p: model.Posting{Title: "Analyst", DescriptionText: "We moved to R 2024 tooling."}, pay: "-"},
	{name: "trap: kr inside a word", p: model.Posting{Title: "Analytiker", DescriptionText: "Vi följer 300 kryptovalutor dagligen."}, pay: "-"},
	{name: "trap: kr with no language says no crown", p: model.Posting{Title: "Developer", PayText: "650 000 kr"}, pay: "-"},
	{name: "trap: TL as a role", p: model.Posting{Title: "Engineer", DescriptionText: "You report to the TL, who leads 120 TL candidates a year."}, pay: "-"},
	{name: "trap: RM as a room in text", p: model.Posting{Title: "Tutor", DescriptionText: "Interviews are held in RM 204 on Monday."}, pay: "-"},
	{name: "trap: NIS2 is a directive", p: model.Posting{Title: "Security Engineer", DescriptionText: "Experience with NIS 2 and ISO 27001."}, pay: "-"},
	{name: "trap: a serial number", p: model.Posting{Title: "Technician", DescriptionText: "Log the S/N 50012 of each unit."}, pay: "-"},
	{name: "trap: a price in baht", p: model.Posting{Title: "Developer", DescriptionText: "แพ็กเกจราคา 990 บาท สำหรับลูกค้าใหม่"}, pay: "-"},
	{name: "trap: a million users is no salary", p: model.Posting{Title: "Desarrollador", DescriptionText: "Nuestra app tiene 2 mil usuarios activos."}, pay: "-"},
	{name: "trap: a phone number", p: model.Posting{Title: "Agent", DescriptionText: "Call 021 555 0199 for details."}, pay: "-"},
	{name: "trap: friday is no franc", p: model.Posting{Title: "Koch", DescriptionText: "Start am Fr. 15. März."}, pay: "-"},
	{name: "trap: a pound stays a pound", p: model.Posting{Title: "Engineer", PayText: "£52,000 per annum"}, pay: "52000 52000 GBP year"},
}

func TestMoreMarkPay(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i, tc := range moreMarkCases {
		if i%raceThin() != 0 && !strings.HasPrefix(tc.name, "trap") {
			continue // thinned under -race and -short; the traps always run
		}
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzMorePay(f *testing.F) {
	for _, c := range moreMarkCases {
		f.Add(c.p.PayText + c.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lenient := range []bool{false, true} {
			c := morePay(s, lenient, nil)
			if c == nil {
				continue
			}
			if c.min > c.max || c.min < 0 || c.unit == "" || c.currency == "" || c.start < 0 || c.end > len(s) || c.start >= c.end {
				t.Errorf("morePay(%q, %v) = %+v", s, lenient, *c)
			}
		}
		if !strings.Contains(s, "kr") && krCurrency(s, "kr") == "NOK" && !strings.Contains(s, "NOK") && !containsFold(s, "lønn") {
			t.Errorf("krCurrency(%q) = NOK with no Norwegian word", s)
		}
	})
}
