package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// boardRangeCases: pay shapes of job boards, in our own words: a federal
// grade band joined by "to -" (pay_to_dash.go); a range with its mark after
// each end, "kr", "Ft", "lei", "TL", and a Swedish "timme" naming the krona
// (pay_currency_marks_more.go); a dollar code in a pay label
// (pay_label_code_dollar.go); with the traps each must leave alone.
var boardRangeCases = []truthCase{
	{name: "grade band joined by to and a dash", p: model.Posting{Title: "Program Analyst", PayText: "$71,300 to - $92,690 per year"}, pay: "71300 92690 USD year"},
	{name: "grade band with cents", p: model.Posting{Title: "IT Specialist", PayText: "$88,520.00 to - $115,079.00 PA"}, pay: "88520 115079 USD year"},
	{name: "hourly band joined by to and an en dash", p: model.Posting{Title: "Technician", PayText: "$24.10 to – $31.33 per hour"}, pay: "24.1 31.33 USD hour"},
	{name: "grade band in running text", p: model.Posting{Title: "Analyst", DescriptionText: "Salary: $71,300 to - $92,690 per year, grade GS-11."}, pay: "71300 92690 USD year"},
	{name: "crown range with the mark at both ends", p: model.Posting{Title: "Säljare", PayText: "38 000 kr - 46 000 kr / månad"}, pay: "38000 46000 SEK month"},
	{name: "crown range glued period", p: model.Posting{Title: "Säljare", PayText: "31 000 kr – 35 500 kr/mån"}, pay: "31000 35500 SEK month"},
	{name: "norwegian crown range a year", p: model.Posting{Title: "Utvikler", PayText: "Lønn: 650 000 kr - 780 000 kr per år"}, pay: "650000 780000 NOK year"},
	{name: "swedish hourly range by the hour word", p: model.Posting{Title: "Lagerarbetare", PayText: "170 kr - 205 kr per timme"}, pay: "170 205 SEK hour"},
	{name: "danish range with mark and month at both ends", p: model.Posting{Title: "Konsulent", Locations: []string{"Aarhus, Denmark"}, PayText: "42.000 kr./md - 51.000 kr./md"}, pay: "42000 51000 DKK month"},
	{name: "swedish range with mark and month at both ends", p: model.Posting{Title: "Säljare", PayText: "31 000 kr/mån - 36 000 kr/mån"}, pay: "31000 36000 SEK month"},
	{name: "forint range with the mark at both ends", p: model.Posting{Title: "Fejlesztő", PayText: "750 000 Ft - 950 000 Ft / hó"}, pay: "750000 950000 HUF month"},
	{name: "lei range with the mark at both ends", p: model.Posting{Title: "Programator", PayText: "7000 lei - 9000 lei net"}, pay: "7000 9000 RON month"},
	{name: "lira range with the mark at both ends", p: model.Posting{Title: "Geliştirici", PayText: "55.000 TL - 75.000 TL"}, pay: "55000 75000 TRY month"},
	{name: "trap: danish hour word keeps the krone", p: model.Posting{Title: "Tjener", PayText: "165 kr. i timen, løn efter overenskomst"}, pay: "165 165 DKK hour"},
	{name: "trap: to and a dash before no amount", p: model.Posting{Title: "Analyst", DescriptionText: "Send your CV to - hr@example.com. Salary $5,000 a month."}, pay: "5000 5000 USD month"},
	{name: "trap: years joined by to and a dash", p: model.Posting{Title: "Analyst", DescriptionText: "3 to - 5 years of experience."}, pay: "-"},
	{name: "trap: a lone crown amount stays one", p: model.Posting{Title: "Säljare", PayText: "33 000 kr/mån"}, pay: "33000 33000 SEK month"},
	{name: "dollar named by a code in the label", p: model.Posting{Title: "Engineer", DescriptionText: "Annual salary range (CAD): $118,000 - $139,000. We also offer equity."}, pay: "118000 139000 CAD year"},
	{name: "australian code in a label with no colon", p: model.Posting{Title: "Nurse", DescriptionText: "Hourly rate (AUD) $41 - $47 plus super."}, pay: "41 47 AUD hour"},
	{name: "label code beats a us place", p: model.Posting{Title: "Engineer", Locations: []string{"Seattle, WA"}, DescriptionText: "Pay range (CAD): $120,000 - $140,000"}, pay: "120000 140000 CAD year"},
	{name: "trap: us code in the label stays us", p: model.Posting{Title: "Engineer", DescriptionText: "Salary range (USD): $118,000 - $139,000"}, pay: "118000 139000 USD year"},
	{name: "trap: a code that is no dollar is left", p: model.Posting{Title: "Designer", DescriptionText: "Tools (CAD) and more. Salary $90,000 - $100,000 a year."}, pay: "90000 100000 USD year"},
	{name: "trap: a code far before the amount is left", p: model.Posting{Title: "Engineer", DescriptionText: "We build (CAD) software for builders, paying $95,000 - $105,000 a year."}, pay: "95000 105000 USD year"},
	{name: "trap: the ordinary band still reads", p: model.Posting{Title: "Analyst", PayText: "$71,300 - $92,690 per year"}, pay: "71300 92690 USD year"},
}

func TestBoardRangePay(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range boardRangeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestToDashRangeKeepsLength(t *testing.T) {
	for _, s := range []string{"$1 to - $2", "5k to — 6k", "to - ", "x to -", "9 to –"} {
		if got := toDashRange(s); len(got) != len(s) {
			t.Errorf("toDashRange(%q) = %q: length changed", s, got)
		}
	}
}
