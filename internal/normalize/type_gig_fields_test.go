package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestGigFieldTypes: freelance boards' fixed-price and one-time project
// names (type_gig_fields.go), with traps.
func TestGigFieldTypes(t *testing.T) {
	cases := []struct {
		emp, title, text string
		want             model.JobType
	}{
		{"", "Fixed-price: Logo design for a bakery", "", model.TypeProject},
		{"", "[Fixed price] Landing page copy", "", model.TypeProject},
		{"", "Podcast edit (fixed-price)", "", model.TypeProject},
		{"", "Fixed Price - Shopify theme tweaks", "", model.TypeProject},
		{"Fixed-price", "Logo refresh", "", model.TypeProject},
		{"Fixed price", "Pitch deck design", "", model.TypeProject},
		{"One-time project", "Product photos", "", model.TypeProject},
		{"One-off project", "Newsletter template", "", model.TypeProject},
		{"Fixed fee", "Brand audit", "", model.TypeProject},
		// traps
		{"", "Fixed Price Contracts Manager", "", model.TypeUnknown},
		{"", "Pricing Analyst (fixed income)", "", model.TypeUnknown},
		{"Full-time", "Fixed-price delivery lead", "", model.TypeFullTime},
		{"Hourly", "Logo design", "", model.TypeUnknown},
		{"Freelance", "Logo design", "", model.TypeContract},
	}
	for _, c := range cases {
		if got := ParseType(c.emp, c.title, c.text); got != c.want {
			t.Errorf("ParseType(%q, %q, %q) = %s, want %s", c.emp, c.title, c.text, got, c.want)
		}
	}
}
