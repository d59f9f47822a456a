package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// headerDashPlaceCases: a post's header line closing in a dash, a place, a
// slash and a work-mode word, in our own words, with lines left alone.
var headerDashPlaceCases = []truthCase{
	{name: "place or remote after an en dash", p: model.Posting{Title: "Engineer", DescriptionText: "Lumen Labs – Staff Data Engineer – Oslo / Remote\nWe ship search tools."}, remote: "remote"},
	{name: "place or remote after a hyphen", p: model.Posting{Title: "Engineer", DescriptionText: "Tidewater - QA Lead - Porto/remote\nSmall team."}, remote: "remote"},
	{name: "place and hybrid", p: model.Posting{Title: "Engineer", DescriptionText: "Orchard — Android Developer — Lyon / Hybrid\nWe grow apples."}, remote: "hybrid"},
	{name: "two-word place", p: model.Posting{Title: "Engineer", DescriptionText: "Kestrel – SRE – New York / Remote\nOn call weekly."}, remote: "remote"},
	{name: "trap: place and a denial", p: model.Posting{Title: "Engineer", DescriptionText: "Kestrel – Barista – Leeds / not remote\nCome by."}, remote: "unknown"},
	{name: "trap: place and a compound", p: model.Posting{Title: "Engineer", DescriptionText: "Kestrel – GIS Analyst – Perth / remote sensing\nField work."}, remote: "unknown"},
	{name: "trap: place only", p: model.Posting{Title: "Engineer", DescriptionText: "Kestrel – Backend Engineer – Leeds\nGo and SQL."}, remote: "unknown"},
}

func TestHeaderDashPlace(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range headerDashPlaceCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
