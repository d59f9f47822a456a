package normalize

import (
	"strconv"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Table tests for pay_table_shapes.go, in our own words.
func TestPayTableShapes(t *testing.T) {
	cases := []struct {
		name, pay, text, want string
	}{
		{"grade number before a dashed range", "", "Pay: Grade 5 - $58,200.50 to $64,900.00 plus pension.", "58200.5 64900 USD year"},
		{"band number before a range with a period", "", "Remuneration: Band 3 - $71,000 to $79,000 per annum", "71000 79000 USD year"},
		{"level number before a single amount", "", "Salary: Level 2 - $66,000 per year", "66000 66000 USD year"},
		{"grade word with no dash keeps its reading", "", "Salary: Band 4 $80,000 to $90,000", "80000 90000 USD year"},
		{"step number before a yearly amount", "", "Salary: Step 3 - $52,000 a year", "52000 52000 USD year"},
		{"pay range label before a bare k range", "", "Pay range 75k - 95k, with stock options", "75000 95000 USD year"},
		{"pay band label before a bare k range", "", "Pay band 60k to 70k", "60000 70000 USD year"},
		{"what the job pays is the job's pay", "", "This gig pays $120 for the afternoon move.", "120 120 USD project"},
		{"what the visit pays, a range", "", "Each visit pays between $60 - $80", "60 80 USD project"},
		{"trap: a job paying an hour's size is left to the size", "", "This job pays $24 and starts at 7am.", "24 24 USD hour"},
		{"job pays with a period keeps the period", "", "This job pays $22 per hour", "22 22 USD hour"},
		{"fixed plus variable is a salary part", "INR 18,00,000 fixed + variable", "", "1800000 1800000 INR year"},
		{"fixed price stays a project", "$900 fixed price", "", "900 900 USD project"},
		{"ctc after an amount is a year's", "", "Offering INR 32,00,000 CTC to the right person.", "3200000 3200000 INR year"},
		{"ctc a month keeps the month", "", "Package of ₹45,000 CTC per month", "45000 45000 INR month"},
		{"a cost label is no pay", "", "Cost: $20,000 - $30,000 for the kitchen refit.", "-"},
		{"a price label is no pay", "", "About the product.\nPrice: $49,000 per licence", "-"},
		{"cost to company stays pay", "", "Cost to company: ₹9,00,000 per annum", "900000 900000 INR year"},
	}
	for _, c := range cases {
		p := model.Posting{Source: "t", ExternalID: c.name, Title: "Worker", PayText: c.pay, DescriptionText: c.text}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		got := "-"
		if l.Pay != nil {
			f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
			got = f(l.Pay.Min) + " " + f(l.Pay.Max) + " " + l.Pay.Currency + " " + string(l.Pay.Unit)
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
