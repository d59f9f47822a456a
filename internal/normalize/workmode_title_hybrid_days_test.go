package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// titleHybridDaysCases pin titleHybridNote through the whole normalizer,
// with traps that keep the on-site title token and plain titles as before.
var titleHybridDaysCases = []truthCase{
	{name: "hybrid colon with office days", p: model.Posting{Title: "Hybrid: 2 days onsite",
		Locations: []string{"Leeds, UK"}}, remote: "hybrid"},
	{name: "role then hybrid with days in office", p: model.Posting{Title: "Claims Adjuster - Hybrid, 3 days in office"}, remote: "hybrid"},
	{name: "hybrid with a times-a-week count", p: model.Posting{Title: "Buyer (hybrid 2x on-site)"}, remote: "hybrid"},
	{name: "trap: onsite title token without hybrid", p: model.Posting{Title: "Field Technician Onsite"}, remote: "onsite"},
	{name: "trap: hybrid word of a product, no day count", p: model.Posting{Title: "Hybrid Cloud Engineer",
		Locations: []string{"Austin, TX"}}, remote: "!hybrid"},
	{name: "trap: a day count with no hybrid word", p: model.Posting{Title: "Nurse, 3 days onsite rotation"}, remote: "!hybrid"},
}

func TestTitleHybridDaysCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range titleHybridDaysCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

// TestTitleHybridNote pins the note itself.
func TestTitleHybridNote(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Hybrid: 2 days onsite", "Hybrid"},
		{"Planner - hybrid, 4 days at the office", "Hybrid"},
		{"Hybrid Cloud Engineer", ""},
		{"Welder 5 days onsite", ""},
		{"Hybrid role. 3 days onsite later", ""}, // a sentence stop parts the words
		{"", ""},
	} {
		if got := titleHybridNote(tc.title); got != tc.want {
			t.Errorf("titleHybridNote(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}
