package model

import "testing"

func TestPayDisplay(t *testing.T) {
	tests := []struct {
		name string
		pay  *Pay
		want string
	}{
		{"nil", nil, ""},
		{"fee with hourly", &Pay{Min: 300, Max: 300, Currency: "USD", Unit: UnitProject, Hourly: 20}, "$300 per project (≈ $20/h)"},
		{"hourly range", &Pay{Min: 25, Max: 30.5, Currency: "USD", Unit: UnitHour, Hourly: 27.75}, "$25–30.50 per hour"},
		{"euro monthly", &Pay{Min: 1800, Max: 1800, Currency: "EUR", Unit: UnitMonth}, "€1,800 per month"},
		{"unknown currency", &Pay{Min: 5000, Max: 6000, Currency: "SEK", Unit: UnitMonth}, "5,000–6,000 SEK per month"},
		{"large", &Pay{Min: 120000, Max: 150000, Currency: "USD", Unit: UnitYear, Hourly: 57.69}, "$120,000–150,000 per year (≈ $57.69/h)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.pay.Display(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestListingID(t *testing.T) {
	a, b := ListingID("gh", "1"), ListingID("gh", "1")
	if a != b || len(a) != 16 {
		t.Fatalf("ids %q %q", a, b)
	}
	if ListingID("gh", "12") == ListingID("gh1", "2") {
		t.Fatal("source and external id must not run together")
	}
}
