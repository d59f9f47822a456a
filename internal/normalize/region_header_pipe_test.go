package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// headerPipeCases pin region_header_pipe.go: a job-thread header line's
// remote segment with its places, or a lone remote segment beside a place
// segment. Traps: an office two segments away, remote with a non-place,
// an exclusion, a place in the company segment, a later line.
var headerPipeCases = []truthCase{
	{name: "remote then a world segment", p: model.Posting{Title: "Developer", DescriptionText: "Brindlewood | REMOTE | Anywhere\nWe make seed planners."}, remote: "remote", regions: "worldwide"},
	{name: "a region then remote", p: model.Posting{Title: "Developer", DescriptionText: "Brindlewood | Europe | Remote\nWe make seed planners."}, remote: "remote", regions: "EU"},
	{name: "a country then remote upper case", p: model.Posting{Title: "Developer", DescriptionText: "Brindlewood | Germany | REMOTE"}, remote: "remote", regions: "DE"},
	{name: "remote and a country in one segment", p: model.Posting{Title: "Developer", DescriptionText: "Brindlewood | REMOTE Canada | Backend Developer"}, remote: "remote", regions: "CA"},
	{name: "remote and a code at the end", p: model.Posting{Title: "Developer", DescriptionText: "Brindlewood | Full-time | Remote USA"}, remote: "remote", regions: "US"},
	{name: "remote with a bracketed region", p: model.Posting{Title: "Developer", DescriptionText: "Brindlewood | Data Engineer | Remote (LATAM)"}, remote: "remote", regions: "LATAM"},
	{name: "remote dash a region before the role", p: model.Posting{Title: "Developer", DescriptionText: "Brindlewood | Remote - APAC | Platform Engineer"}, remote: "remote", regions: "APAC"},

	{name: "trap: an office two segments away", p: model.Posting{Title: "Developer", DescriptionText: "Brindlewood | Lisbon | Staff Engineer | REMOTE"}, remote: "remote", regions: "!PT"},
	{name: "trap: a city only", p: model.Posting{Title: "Developer", DescriptionText: "Brindlewood | Dublin"}, remote: "!remote"},
	{name: "trap: remote possible beside on-site", p: model.Posting{Title: "Developer", DescriptionText: "Brindlewood | Dublin | ONSITE | Remote possible"}, regions: "!worldwide"},
	{name: "trap: remote sensing is a field", p: model.Posting{Title: "Developer", DescriptionText: "Brindlewood | Remote Sensing Analyst | Denver"}, remote: "!remote"},
	{name: "trap: the world but a country", p: model.Posting{Title: "Developer", DescriptionText: "Brindlewood | REMOTE Worldwide except Spain"}, regions: "!ES"},
	{name: "trap: a place as the company", p: model.Posting{Title: "Developer", DescriptionText: "Sydney | REMOTE"}, regions: "!AU"},
	{name: "trap: a later line", p: model.Posting{Title: "Developer", DescriptionText: "We make seed planners.\nTeams | REMOTE | Brazil"}, regions: "!BR"},
}

func TestHeaderPipeCases(t *testing.T) {
	runFieldCases(t, headerPipeCases)
}

// FuzzHeaderPipeScope reads any line: no panic, the segment it returns is
// in the line and says remote, and every region is a known code.
func FuzzHeaderPipeScope(f *testing.F) {
	for _, tc := range headerPipeCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		line := headerLine(s)
		if line == "" {
			return
		}
		seg, rs := headerPipeScope(line)
		if len(rs) == 0 {
			if seg != "" {
				t.Errorf("headerPipeScope(%q) = %q with no places", line, seg)
			}
			return
		}
		if !containsFold(seg, "remote") {
			t.Errorf("headerPipeScope(%q) segment %q", line, seg)
		}
		for _, part := range strings.Split(seg, " | ") {
			if !strings.Contains(line, part) {
				t.Errorf("headerPipeScope(%q) segment %q not in the line", line, seg)
			}
		}
	})
}
