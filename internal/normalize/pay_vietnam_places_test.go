package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// vietnamPlaceCases pin pay_vietnam_places.go: a pay field with no period
// in a listing placed in a Vietnamese city spelled in Vietnamese is a
// month's pay. Traps: the same field elsewhere, a field that names its
// period, a city name inside another word.
var vietnamPlaceCases = []truthCase{
	{name: "dollars in Đà Nẵng", p: model.Posting{Title: "Backend Developer", Locations: []string{"Đà Nẵng"}, PayText: "1800 USD"}, pay: "1800 1800 USD month"},
	{name: "dollars in TP. Hồ Chí Minh", p: model.Posting{Title: "QA Engineer", Locations: []string{"TP. Hồ Chí Minh"}, PayText: "1200 - 1600 USD"}, pay: "1200 1600 USD month"},
	{name: "dollars in Hải Phòng with the country", p: model.Posting{Title: "Tester", Locations: []string{"Hải Phòng, Việt Nam"}, PayText: "900 USD"}, pay: "900 900 USD month"},

	{name: "trap: the same field in Austin", p: model.Posting{Title: "Backend Developer", Locations: []string{"Austin, TX"}, PayText: "1800 USD"}, pay: "!1800 1800 USD month"},
	{name: "trap: a stated period", p: model.Posting{Title: "Backend Developer", Locations: []string{"Cần Thơ"}, PayText: "25000 USD per year"}, pay: "25000 25000 USD year"},
}

func TestVietnamPlaceCases(t *testing.T) { runFieldCases(t, vietnamPlaceCases) }
