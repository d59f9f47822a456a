package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// liTagCases pin remote_li_hashtags.go. Traps: the tag's letters inside a
// longer word, a tag that names no mode, a tag beside a stated on-site
// role (the statement decides first).
var liTagCases = []truthCase{
	{name: "remote tag in mixed case", p: model.Posting{Title: "Data Engineer", DescriptionText: "We hire across time zones.\n#li-REMOTE"}, remote: "remote"},
	{name: "hybrid tag", p: model.Posting{Title: "Designer", DescriptionText: "Great perks and a dog-friendly studio. #LI-Hybrid #LI-JS1"}, remote: "hybrid"},
	{name: "onsite tag", p: model.Posting{Title: "Technician", DescriptionText: "Hands-on lab work. #LI-Onsite"}, remote: "onsite"},
	{name: "remote tag with a region line", p: model.Posting{Title: "Writer", DescriptionText: "Candidates must live in Canada. #LI-Remote"}, remote: "remote", regions: "CA"},

	{name: "trap: tag letters inside a word", p: model.Posting{Title: "Engineer", DescriptionText: "Our LI-Remote-control product ships soon. #LI-Remote-control"}, remote: "!remote"},
	{name: "trap: a tag naming no mode", p: model.Posting{Title: "Engineer", DescriptionText: "Join us. #LI-DNI #LI-Senior"}, remote: "unknown"},
	{name: "trap: stated on-site role", p: model.Posting{Title: "Engineer", DescriptionText: "This role is on-site in Austin. #LI-Remote"}, remote: "onsite"},
}

func TestLITagCases(t *testing.T) { runFieldCases(t, liTagCases) }

// FuzzLITagMode reads any text: no panic, and a mode only with "#" and
// its evidence inside the text.
func FuzzLITagMode(f *testing.F) {
	for _, tc := range liTagCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, ev := liTagMode(s)
		if r == model.RemoteUnknown {
			return
		}
		if !strings.HasPrefix(ev, "#") || !strings.Contains(s, ev) {
			t.Errorf("liTagMode(%q) = %s, %q", s, r, ev)
		}
	})
}
