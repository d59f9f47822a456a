package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Offset ranges that leave Europe are no European scope, and an
// eligible-countries label may name the role before its list.
var offsetRangeCases = []truthCase{
	{name: "range from the americas to central europe", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "Our working day runs GMT-4 to GMT+1 hours."}, regions: "none"},
	{name: "range from europe to asia", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "Be available in UTC+2 – UTC+8 core hours."}, regions: "none"},
	{name: "trap: a range inside europe", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "Work within UTC+0 to UTC+2 hours."}, regions: "EU"},
	{name: "trap: a lone european offset", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "Candidates in UTC+1 welcome."}, regions: "EU"},
	{name: "eligible countries for the role", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "Eligible countries for this role include Peru, Chile and Uruguay."}, regions: "PE,CL,UY"},
}

func TestRegionOffsetRange(t *testing.T) { runFieldCases(t, offsetRangeCases) }
