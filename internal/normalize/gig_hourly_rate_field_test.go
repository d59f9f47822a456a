package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestGigHourlyRateField: a kind field holding only the hourly rate
// (gig_hourly_rate_field.go), with traps. Examples in our own words.
func TestGigHourlyRateField(t *testing.T) {
	cases := []struct {
		emp, pay, text string
		wantType       model.JobType
		wantPay        string // "min max CUR unit" or "<nil>"
	}{
		{"Hourly: $22.00 - $41.00", "", "Clean up a product catalogue.", model.TypeContract, "22 41 USD hour"},
		{"hourly: $60", "", "Review two pull requests.", model.TypeContract, "60 60 USD hour"},
		{"Hourly: €18 – €27", "", "", model.TypeContract, "18 27 EUR hour"},
		{"Hourly: $35.00-$55.00/hr", "", "", model.TypeContract, "35 55 USD hour"},
		// the pay field wins over the kind field
		{"Hourly: $20.00 - $30.00", "$25/hr", "", model.TypeContract, "25 25 USD hour"},
		// traps
		{"Hourly", "", "Logo touch-ups.", model.TypeUnknown, "<nil>"},
		{"Hourly: see description", "", "", model.TypeUnknown, "<nil>"},
		{"Hourly: $20 - $30, Full-time", "", "", model.TypeFullTime, "<nil>"}, // not the rate alone: the reader stays out
		{"Part-time hourly: $19", "", "", model.TypePartTime, "<nil>"},
		{"Fixed price", "Est. Budget: $140.00", "", model.TypeProject, "140 140 USD project"},
	}
	for _, c := range cases {
		l := Normalize(&model.Posting{Title: "Spreadsheet tidy-up", EmploymentType: c.emp, PayText: c.pay, DescriptionText: c.text}, Options{})
		if l.Type != c.wantType {
			t.Errorf("emp %q: type %s, want %s", c.emp, l.Type, c.wantType)
		}
		if got := payString(l.Pay); got != c.wantPay {
			t.Errorf("emp %q pay %q: pay %s, want %s", c.emp, c.pay, got, c.wantPay)
		}
	}
}
