package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Croatian hourly rates: the label satnica, the euro in the genitive or as
// a lower-case code, and "/sat" for an hour. In this project's own words,
// with traps.
var croatianHourlyCases = []truthCase{
	{name: "genitive euro per hour", p: model.Posting{Title: "Konobar", Locations: []string{"Zadar"}, PayText: "9,50 eura/h"}, pay: "9.5 9.5 EUR hour"},
	{name: "lower-case code per sat", p: model.Posting{Title: "Konobar", Locations: []string{"Zadar"}, PayText: "Satnica 10,00 eur/sat"}, pay: "10 10 EUR hour"},
	{name: "hourly label with no period after", p: model.Posting{Title: "Skladištar", Locations: []string{"Rijeka"}, PayText: "Satnica: 12 eura"}, pay: "12 12 EUR hour"},
	{name: "hourly label with the euro sign", p: model.Posting{Title: "Skladištar", Locations: []string{"Rijeka"}, DescriptionText: "Satnica 7,80 € neto"}, pay: "7.8 7.8 EUR hour"},
	{name: "trap: europe after a figure is no currency", p: model.Posting{Title: "Skladištar", DescriptionText: "Top 10 europe startups"}, pay: "-"},
	{name: "trap: monthly pay word keeps its month", p: model.Posting{Title: "Programer", Locations: []string{"Split"}, DescriptionText: "plaća 1.600 eura mjesečno"}, pay: "1600 1600 EUR month"},
	{name: "trap: a code written in capitals unchanged", p: model.Posting{Title: "Konobar", PayText: "8,50 EUR/h"}, pay: "8.5 8.5 EUR hour"},
}

func TestCroatianHourlyCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range croatianHourlyCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
