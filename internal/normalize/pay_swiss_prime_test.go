package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// swissPrimeCases pin the typographic prime (U+2032) read as a thousands
// mark between a digit and three digits, as the apostrophe and the right
// single quote are ("CHF 95′000"). Traps: a prime for feet, for minutes, or
// before fewer than three digits is no thousands mark.
var swissPrimeCases = []truthCase{
	{name: "prime thousands single amount", p: model.Posting{Title: "Pflegefachperson", PayText: "CHF 95′000"}, pay: "95000 95000 CHF year"},
	{name: "prime thousands range both ends marked", p: model.Posting{Title: "Data Engineer", PayText: "CHF 110′000 - CHF 130′000"}, pay: "110000 130000 CHF year"},
	{name: "prime thousands range one code", p: model.Posting{Title: "Informatiker", PayText: "CHF 88′000 – 102′000 pro Jahr"}, pay: "88000 102000 CHF year"},
	{name: "prime thousands in a sentence", p: model.Posting{Title: "Buchhalter", DescriptionText: "Der Lohn beträgt CHF 72′500 brutto im Jahr."}, pay: "72500 72500 CHF year"},
	{name: "trap: prime for feet and inches", p: model.Posting{Title: "Mover", DescriptionText: "Lift boxes to a 6′2″ shelf."}, pay: "-"},
	{name: "trap: prime before two digits", p: model.Posting{Title: "Runner", DescriptionText: "Record a 4′30 pace on the track."}, pay: "-"},
	{name: "trap: apostrophe thousands unchanged", p: model.Posting{Title: "Analyst", PayText: "CHF 91'000"}, pay: "91000 91000 CHF year"},
}

func TestSwissPrimeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range swissPrimeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestSwissPrimesKeepsLength(t *testing.T) {
	for _, s := range []string{"CHF 80′000", "5′10″", "x′", "′000", "1′000′000"} {
		if got := swissPrimes(s); len(got) != len(s) {
			t.Errorf("swissPrimes(%q) = %q: length %d, want %d", s, got, len(got), len(s))
		}
	}
}
