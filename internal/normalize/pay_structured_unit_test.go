package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// structuredUnitCases pin the period codes of structured pay written after
// "per" (pay_structured_unit.go): JSON-LD unitText variants the crawler
// renders as text, ISO 8601 durations and ATS interval names. Traps: a
// price per thing stays no pay, a task stays a task, "per annum" keeps
// its reading.
var structuredUnitCases = []truthCase{
	{name: "monthly code after per", p: model.Posting{Title: "Analyst", PayText: "EUR 3800-4600 per monthly"}, pay: "3800 4600 EUR month"},
	{name: "hourly code after per", p: model.Posting{Title: "Tutor", PayText: "USD 38-52 per hourly"}, pay: "38 52 USD hour"},
	{name: "annual code after per", p: model.Posting{Title: "Analyst", PayText: "GBP 41000-47000 per annual"}, pay: "41000 47000 GBP year"},
	{name: "iso duration of a year", p: model.Posting{Title: "Analyst", PayText: "USD 92000-118000 per P1Y"}, pay: "92000 118000 USD year"},
	{name: "underscored code", p: model.Posting{Title: "Tutor", PayText: "USD 27-33 per PER_HOUR"}, pay: "27 33 USD hour"},
	{name: "ats interval name", p: model.Posting{Title: "Analyst", PayText: "USD 88000-101000 per-year-salary"}, pay: "88000 101000 USD year"},
	{name: "gulf month code", p: model.Posting{Title: "Accountant", PayText: "AED 13500 per monthly"}, pay: "13500 13500 AED month"},

	{name: "trap: a price per seat", p: model.Posting{Title: "Analyst", PayText: "$14 per seat"}, pay: "-"},
	{name: "trap: a task", p: model.Posting{Title: "Writer", PayText: "USD 400-650 per task"}, pay: "400 650 USD project"},
	{name: "trap: per annum as before", p: model.Posting{Title: "Analyst", PayText: "EUR 52000 per annum"}, pay: "52000 52000 EUR year"},
}

func TestStructuredUnitCases(t *testing.T) {
	runFieldCases(t, structuredUnitCases)
}
