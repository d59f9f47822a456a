package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// titleVorOrtCases pin workmode_title_vor_ort.go: "vor Ort" as a title's
// last part is on-site work; with traps: "vor Ort" inside a longer part,
// beside remote work, or in the middle of the title.
var titleVorOrtCases = []truthCase{
	{name: "after a dash", p: model.Posting{Title: "Java Entwickler (m/w/d) - Vor Ort"}, remote: "onsite"},
	{name: "in closing brackets", p: model.Posting{Title: "IT-Administrator (vor Ort)"}, remote: "onsite"},
	{name: "after a bar", p: model.Posting{Title: "Buchhalter | vor Ort"}, remote: "onsite"},

	{name: "trap: a longer part with a place", p: model.Posting{Title: "Servicetechniker - vor Ort in Bayern"}, remote: "unknown"},
	{name: "trap: on site or remote", p: model.Posting{Title: "Berater - vor Ort oder remote"}, remote: "!onsite"},
	{name: "trap: in the middle", p: model.Posting{Title: "Vor Ort Betreuer Kantine"}, remote: "unknown"},
	{name: "trap: a longer word", p: model.Posting{Title: "Mechaniker - Vor Orten"}, remote: "unknown"},
}

func TestTitleVorOrtCases(t *testing.T) { runFieldCases(t, titleVorOrtCases) }
