package redflag

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestPayFloorByCountry(t *testing.T) {
	eng := New(Options{Floors: map[string]Floor{
		"IN": {MicroHourlyUSD: 3, MinWageHourlyUSD: 0.27, Name: "India", Source: "national floor-level minimum wage, in force 2017-06-01"},
		"US": {MicroHourlyUSD: 20, MinWageHourlyUSD: 7.25, Name: "the United States", Source: "FLSA"},
	}})
	mk := func(regions []string, currency string, hourlyUSD float64, typ model.JobType) *model.Listing {
		return &model.Listing{Title: "Data cleaning micro-internship", Company: "Acme", Type: typ, RemoteRegions: regions, Remote: model.RemoteRemote,
			Text: "Clean a survey dataset in Python and deliver a report with three charts to your mentor within two weeks, about 10 hours in total.",
			Pay:  &model.Pay{Min: hourlyUSD, Max: hourlyUSD, Currency: currency, Unit: model.UnitHour, Source: model.FromStructured, Hourly: hourlyUSD, HourlyUSD: hourlyUSD}}
	}
	tests := []struct {
		name       string
		l          *model.Listing
		flagged    bool
		reasonHas  string
		reasonLack string
	}{
		{"a fair rate in India is not low", mk([]string{"IN"}, "INR", 4.2, model.TypeMicroInternship), false, "", ""},
		{"below India's micro floor", mk([]string{"IN"}, "INR", 1.8, model.TypeMicroInternship), true, "below the floor for micro-internships and short projects in India (US$3 an hour; national floor-level minimum wage, in force 2017-06-01)", ""},
		{"India from the currency alone", mk(nil, "INR", 4.2, model.TypeMicroInternship), false, "", ""},
		{"the US floor for the US", mk([]string{"US"}, "USD", 12, model.TypeMicroInternship), true, "in the United States (US$20 an hour; FLSA)", ""},
		{"no country: the default floor", mk([]string{"worldwide"}, "USD", 12, model.TypeMicroInternship), true, "the default floor for micro-internships and short projects (US$20 an hour)", "India"},
		{"several countries: the default floor", mk([]string{"IN", "US"}, "USD", 4.2, model.TypeMicroInternship), true, "the default floor", ""},
		{"not micro work: the legal minimum of the country", mk([]string{"IN"}, "INR", 0.2, model.TypeFullTime), true, "below the legal minimum wage in India (US$0.27 an hour", ""},
		{"not micro work in India above the minimum", mk([]string{"IN"}, "INR", 1, model.TypeFullTime), false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eng.Assess(tt.l)
			var f *model.Flag
			for i := range tt.l.Flags {
				if tt.l.Flags[i].ID == PayBelowFloor {
					f = &tt.l.Flags[i]
				}
			}
			if (f != nil) != tt.flagged {
				t.Fatalf("PAY_BELOW_FLOOR fired = %v, want %v (flags %+v)", f != nil, tt.flagged, tt.l.Flags)
			}
			if f == nil {
				return
			}
			if !strings.Contains(f.Reason, tt.reasonHas) || (tt.reasonLack != "" && strings.Contains(f.Reason, tt.reasonLack)) {
				t.Errorf("reason %q lacks %q", f.Reason, tt.reasonHas)
			}
			if !strings.HasPrefix(f.Reason, "The stated pay works out to about US$") || !strings.HasSuffix(f.Reason, ".") {
				t.Errorf("reason %q is not one plain sentence about the pay", f.Reason)
			}
		})
	}
}
