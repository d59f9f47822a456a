package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// labelLineValueCases pin region_label_line_value.go and
// region_baltic_names.go. Traps: a label inside a sentence, a value that
// names no place, a remote word as the value, and the Baltic Sea.
var labelLineValueCases = []truthCase{
	{name: "eligible countries as codes", p: model.Posting{Title: "Data Analyst", Locations: []string{"Remote"}, DescriptionText: "About the team.\nEligible countries: DE, NL, PL\nWhat you will do."}, regions: "DE,NL,PL"},
	{name: "a region code alone", p: model.Posting{Title: "Data Analyst", RemoteHint: "remote", DescriptionText: "Region: APAC\nWe build tools for analysts."}, regions: "APAC"},
	{name: "codes joined by a slash", p: model.Posting{Title: "Data Analyst", Locations: []string{"Remote"}, DescriptionText: "Hiring region: CA/MX\nYou will own our reports."}, regions: "CA,MX"},
	{name: "country names with a full stop", p: model.Posting{Title: "Data Analyst", Locations: []string{"Remote"}, DescriptionText: "Remote countries: Ireland, Portugal.\nApply below."}, regions: "IE,PT"},
	{name: "baltic countries in a field", p: model.Posting{Title: "Data Analyst", Locations: []string{"Fully remote (Baltic countries)"}}, regions: "EE,LV,LT"},
	{name: "trap: label inside a sentence", p: model.Posting{Title: "Data Analyst", Locations: []string{"Remote"}, DescriptionText: "You will report on our biggest region: sales figures there grow fast."}, regions: "none"},
	{name: "trap: value names no place", p: model.Posting{Title: "Data Analyst", Locations: []string{"Remote"}, DescriptionText: "Region: North\nApply below."}, regions: "none"},
	{name: "trap: remote as the value", p: model.Posting{Title: "Data Analyst", Locations: []string{"Remote"}, DescriptionText: "Country: Remote\nApply below."}, regions: "none"},
	{name: "trap: the baltic sea", p: model.Posting{Title: "Data Analyst", Locations: []string{"Remote, Baltic Sea coast"}}, regions: "none"},
}

func TestLabelLineValueCases(t *testing.T) { runFieldCases(t, labelLineValueCases) }
