package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestGigKind: marketplaces' fixed-price and hourly kind lines
// (type_gig_kind_lines.go), with traps. Examples in our own words.
func TestGigKind(t *testing.T) {
	cases := []struct {
		emp, text string
		want      model.JobType
	}{
		{"fixed", "", model.TypeProject},
		{"FIXED", "", model.TypeProject},
		{"Fixed - Intermediate", "", model.TypeProject},
		{"Fixed-price - Entry level - Est. Budget: $40", "", model.TypeProject},
		{"Fixed price, Less than 1 month", "", model.TypeProject},
		{"Hourly - Expert - Est. Time: 1 to 3 months", "", model.TypeContract},
		{"Hourly, More than 6 months, 30+ hrs/week", "", model.TypeContract},
		{"Hourly: $18-$26 - Intermediate", "", model.TypeContract},
		{"Hourly - Less than a month, Less than 30 hrs/week", "", model.TypeContract},
		{"", "Tidy our CRM export.\nHourly Range: $12.00-$25.00\nCategory: Data Entry", model.TypeContract},
		{"", "Tidy our CRM export.<br /><b>Hourly Range</b>: $9.00-$14.00<br />", model.TypeContract},
		{"", "Hourly: $20.00-$35.00 - Intermediate - Est. Time: Less than 1 month", model.TypeContract},
		{"", "Fixed-price - Expert - Est. Budget: $900 - Posted 2 hours ago", model.TypeProject},
		// traps
		{"Hourly", "", model.TypeUnknown},
		{"Fixed income", "", model.TypeUnknown},
		{"Fixed-term", "", model.TypeContract},
		{"Fixed, 6 months", "", model.TypeUnknown},
		{"Hourly, Full-time", "", model.TypeFullTime},
		{"", "Our hourly range is competitive for the region.", model.TypeUnknown},
		{"", "We price fixed-price work by milestone.", model.TypeUnknown},
	}
	for _, c := range cases {
		got := gigKindType(c.emp, c.text, ParseType(c.emp, "Data cleanup", c.text))
		if got != c.want {
			t.Errorf("gigKindType(%q, %q) = %s, want %s", c.emp, c.text, got, c.want)
		}
	}
}

// TestGigFixedFieldPay: an amount with no period under a fixed-price
// field is the work's price; a stated period stays.
func TestGigFixedFieldPay(t *testing.T) {
	cases := []struct {
		emp, pay string
		want     model.PayUnit
	}{
		{"Fixed", "$90", model.UnitProject},
		{"fixed", "₹42000 - ₹61000 INR", model.UnitProject},
		{"Fixed - Expert", "€120", model.UnitProject},
		// traps
		{"Fixed", "$90/hr", model.UnitHour},
		{"Full-time", "$90", model.UnitHour},
	}
	for _, c := range cases {
		l := Normalize(&model.Posting{Title: "Landing page tweaks", EmploymentType: c.emp, PayText: c.pay}, Options{})
		if l.Pay == nil || l.Pay.Unit != c.want {
			t.Errorf("emp %q pay %q: got %+v, want unit %s", c.emp, c.pay, l.Pay, c.want)
		}
	}
}
