package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestPayBareSecondEndWithPeriod pins a range whose first end carries the
// currency and whose two ends each name the period: the second end has no
// currency mark of its own, yet it is the top of the same range.
func TestPayBareSecondEndWithPeriod(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{pay: "GBP 45k/yr - 52k/yr", want: "45000 52000 GBP year"},
		{pay: "CAD 31/hour - 36/hour", want: "31 36 CAD hour"},
		{pay: "EUR 3,200/month – 3,900/month", want: "3200 3900 EUR month"},
		// a different period on the second end is not the same range
		{pay: "USD 70k/yr - 40/hr", want: "70000 70000 USD year"},
		// the "k" must be on both ends
		{pay: "USD 85k/yr - 95/yr", want: "85000 85000 USD year"},
	})
}

// TestPayLabelledBounds pins a range written as two labelled fields,
// "Min: ... Max: ...", with or without a middle figure between them.
func TestPayLabelledBounds(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "min max labels", text: "Compensation band. Min: $61,500 Max: $77,000 per year.", want: "61500 77000 USD year"},
		{name: "minimum midpoint maximum", text: "Pay grade 7 - minimum: £38,000, midpoint: £42,500, maximum: £47,000", want: "38000 47000 GBP year"},
		// without a max label the first figure stands alone
		{name: "min label only", text: "Minimum: $61,500 and a signing bonus of $5,000", want: "61500 61500 USD year"},
	})
}

// TestPayLabelUpToBeforeCode pins a pay word followed straight by "up to"
// and a four-digit figure with its code after: the bound word labels it as
// pay, as a colon would.
func TestPayLabelUpToBeforeCode(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// the unit is left to the size rule; the amount and code are the point
		{"Our offer: salary up to 4200 CHF, depending on seniority.", "4200 4200 CHF"},
		{"Remuneration up to 2800 EUR for the six-month placement.", "2800 2800 EUR"},
		{"Founded in 2015 EUR amounts are reported yearly.", "-"},
	} {
		p := model.Posting{Source: "t", ExternalID: c.text, Title: "Worker", DescriptionText: c.text}
		got := "-"
		if pay := Normalize(&p, fieldCaseOpts).Pay; pay != nil {
			got = strings.Join(strings.Fields(tablePay(pay))[:3], " ")
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
