package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A bare pay field led by a French bound word ("up to", "from") or closed
// by a French "depending on experience" note reads as the figure stated.
// In this project's own words, with traps.
var bareBoundFrenchCases = []truthCase{
	{name: "french up to with a spaced thousand", p: model.Posting{Title: "Chef de projet", PayText: "jusqu'à 62 000"}, pay: "62000 62000 USD year"},
	{name: "french up to with a curly apostrophe", p: model.Posting{Title: "Chef de projet", PayText: "jusqu’à 58 000"}, pay: "58000 58000 USD year"},
	{name: "french from", p: model.Posting{Title: "Chef de projet", PayText: "a partir de 41 000"}, pay: "41000 41000 USD year"},
	{name: "french experience note after a range", p: model.Posting{Title: "Chef de projet", PayText: "45 000 - 52 000 selon expérience"}, pay: "45000 52000 USD year"},
	{name: "french bound and note together", p: model.Posting{Title: "Chef de projet", PayText: "jusqu'à 48 000 selon l'expérience"}, pay: "48000 48000 USD year"},
	{name: "trap: a french word alone is no pay", p: model.Posting{Title: "Chef de projet", PayText: "selon expérience"}, pay: "-"},
	{name: "trap: a small count after up to is no pay", p: model.Posting{Title: "Chef de projet", PayText: "jusqu'à 3 jours"}, pay: "-"},
}

func TestBareBoundFrenchCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bareBoundFrenchCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
