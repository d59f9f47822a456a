package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// placeModeLineCases pin remote_short_place_mode.go: a body of one place
// and one mode word, with traps that must stay as they were.
var placeModeLineCases = []truthCase{
	{name: "town then hybrid", p: model.Posting{Title: "Bookkeeper", DescriptionText: "Zaragoza hybrid"}, remote: "hybrid"},
	{name: "town then remote", p: model.Posting{Title: "Bookkeeper", DescriptionText: "Lyon remote"}, remote: "remote"},
	{name: "remote then country", p: model.Posting{Title: "Bookkeeper", DescriptionText: "Remote Ireland"}, remote: "remote"},
	{name: "town then onsite", p: model.Posting{Title: "Bookkeeper", DescriptionText: "Glasgow onsite"}, remote: "onsite"},
	{name: "hybrid then town", p: model.Posting{Title: "Bookkeeper", DescriptionText: "Hybrid Rotterdam"}, remote: "hybrid"},

	{name: "trap: hybrid product word", p: model.Posting{Title: "Engineer", DescriptionText: "Hybrid vehicles"}, remote: "unknown"},
	{name: "trap: town and a team beside hybrid", p: model.Posting{Title: "Engineer", DescriptionText: "Porto sales hybrid"}, remote: "unknown"},
	{name: "trap: town office is a department", p: model.Posting{Title: "Engineer", DescriptionText: "Dublin office"}, remote: "unknown"},
	{name: "trap: skill word beside remote", p: model.Posting{Title: "Engineer", DescriptionText: "Python remote"}, remote: "unknown"},
	{name: "trap: a sentence is not a line note", p: model.Posting{Title: "Engineer", DescriptionText: "We sell hybrid bikes in Utrecht. Join us."}, remote: "unknown"},
}

func TestPlaceModeLine(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range placeModeLineCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
