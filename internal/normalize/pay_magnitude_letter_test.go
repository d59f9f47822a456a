package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// magnitudeLetterCases pin a magnitude letter ("M", "k") that is the first
// letter of a word with an accented or other non-ASCII letter next, a town
// or a trade after the amount, read as no magnitude. Traps: the same letter
// before a space, a sign or an end keeps its magnitude.
var magnitudeLetterCases = []truthCase{
	{name: "range then a town with an accent", p: model.Posting{Title: "Ingeniero", PayText: "EUR 38.000-46.000 Mérida"}, pay: "38000 46000 EUR year"},
	{name: "range then a town with an umlaut", p: model.Posting{Title: "Entwickler", PayText: "EUR 52.000-61.000 München"}, pay: "52000 61000 EUR year"},
	{name: "single amount then a town with a k", p: model.Posting{Title: "Controller", PayText: "EUR 48.000 Köln"}, pay: "48000 48000 EUR year"},
	{name: "trap: million before a space", p: model.Posting{Title: "Director", DescriptionText: "Manage a budget of €5M in the region."}, pay: "-"},
	{name: "trap: k then a space keeps thousands", p: model.Posting{Title: "Engineer", PayText: "€55k - 65k Madrid"}, pay: "55000 65000 EUR year"},
	{name: "trap: plain ascii town unchanged", p: model.Posting{Title: "Analista", PayText: "EUR 40.000-50.000 Madrid"}, pay: "40000 50000 EUR year"},
}

func TestMagnitudeLetterCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range magnitudeLetterCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
