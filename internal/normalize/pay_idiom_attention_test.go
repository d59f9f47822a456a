package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// The verb "pay" in an idiom is no pay cue; the word for money still is.
// In this project's own words, with traps.
var payIdiomCases = []truthCase{
	{name: "pay attention before a price", p: model.Posting{Title: "Event Host", DescriptionText: "Please pay attention: parking costs $10 - $15 nearby."}, pay: "-"},
	{name: "pay close attention before a price", p: model.Posting{Title: "Event Host", DescriptionText: "Pay close attention to the menu: dishes run $25 - $35."}, pay: "-"},
	{name: "pay a visit before a price", p: model.Posting{Title: "Guide", DescriptionText: "Pay a visit to the museum, where entry runs $12 - $18."}, pay: "-"},
	{name: "trap: pay word with a rate", p: model.Posting{Title: "Guide", DescriptionText: "Pay: $25 - $35 depending on experience."}, pay: "25 35 USD hour"},
	{name: "trap: idiom and a real pay word", p: model.Posting{Title: "Guide", DescriptionText: "Pay attention to detail. The pay is $25 - $35."}, pay: "25 35 USD hour"},
}

func TestPayIdiomCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range payIdiomCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
