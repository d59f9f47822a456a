package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// coopSeasonTypeCases: descriptions naming a co-op with its work term's
// season, read by type_body_coop_season.go, written for this project, with
// traps beside them.
var coopSeasonTypeCases = []truthCase{
	{name: "co-op with a season after a dash", p: model.Posting{DescriptionText: "Mechanical Design Co-op - Fall 2026. Work with our tooling group."}, jobType: "internship"},
	{name: "co-op with a season in brackets", p: model.Posting{DescriptionText: "We are hiring a Data Analytics Co-op (Summer 2027) for our Toronto office."}, jobType: "internship"},
	{name: "coop with a term season", p: model.Posting{DescriptionText: "QA coop, Spring term 2026, four months."}, jobType: "internship"},

	// Traps: a housing co-op, a co-op with a season but no year, and a
	// season and year far from the word are not read.
	{name: "trap housing co-op", p: model.Posting{DescriptionText: "You will manage maintenance for a housing co-op in Ottawa."}, jobType: "unknown"},
	{name: "trap co-op season without a year", p: model.Posting{DescriptionText: "Our grocery co-op hosts a winter market every year."}, jobType: "unknown"},
	{name: "trap season far from the word", p: model.Posting{DescriptionText: "Member of a co-op since 2019; joined the board in winter 2024."}, jobType: "unknown"},
}

func TestCoopSeasonBody(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i, tc := range coopSeasonTypeCases {
		if i%raceThin() != 0 && !strings.HasPrefix(tc.name, "trap") {
			continue // thinned under -race and -short; the traps always run
		}
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
