package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// naCodeCases pin region_na_code.go: the code "NA" is North America, the
// US and Canada. Traps: the whole Americas, "N/A", the word "na" in a
// Portuguese sentence, and Namibia named in full keep their readings.
var naCodeCases = []truthCase{
	{name: "code after a dash", p: model.Posting{Title: "Support Lead", Locations: []string{"Fully remote - NA"}}, regions: "US,CA"},
	{name: "code in brackets", p: model.Posting{Title: "Support Lead", Locations: []string{"Remote (NA only)"}}, regions: "US,CA"},
	{name: "code beside another area", p: model.Posting{Title: "Support Lead", Locations: []string{"Remote: NA or EMEA"}}, regions: "US,CA,EMEA"},
	{name: "code before the mode word", p: model.Posting{Title: "Support Lead", Locations: []string{"NA - Remote"}}, regions: "US,CA"},
	{name: "trap: the americas spelled out", p: model.Posting{Title: "Support Lead", Locations: []string{"Remote (the Americas)"}}, regions: "Americas"},
	{name: "trap: amer stays the americas", p: model.Posting{Title: "Support Lead", Locations: []string{"Remote - AMER"}}, regions: "Americas"},
	{name: "trap: not applicable", p: model.Posting{Title: "Support Lead", Locations: []string{"Remote, N/A"}}, regions: "none"},
	{name: "trap: portuguese word na", p: model.Posting{Title: "Analista de Suporte", Locations: []string{"Remoto"}, DescriptionText: "Vaga remota, trabalho na empresa com horário flexível."}, regions: "none"},
	{name: "trap: namibia in words", p: model.Posting{Title: "Support Lead", Locations: []string{"Remote - Namibia"}}, regions: "NA"},
}

func TestNACodeCases(t *testing.T) { runFieldCases(t, naCodeCases) }
