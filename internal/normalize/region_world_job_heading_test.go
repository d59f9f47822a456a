package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Our own wording: a first line that is the world scope and a job word,
// and the near-misses that must stay as they were.
var worldJobHeadingCases = []struct {
	name    string
	p       model.Posting
	remote  string
	regions string
}{
	{name: "heading alone", p: model.Posting{Title: "Support Writer", DescriptionText: "Worldwide opportunity"}, remote: "remote", regions: "worldwide"},
	{name: "heading with stop and body", p: model.Posting{Title: "QA Tester", DescriptionText: "Worldwide position.\nYou will test our billing app."}, remote: "remote", regions: "worldwide"},
	{name: "heading dashed", p: model.Posting{Title: "Illustrator", DescriptionText: "Worldwide - contract"}, remote: "remote", regions: "worldwide"},
	{name: "anywhere in the world role", p: model.Posting{Title: "Copy Editor", DescriptionText: "Anywhere in the world role!\nPaid per article."}, remote: "remote", regions: "worldwide"},
	{name: "remote listing with no region", p: model.Posting{Title: "Data Labeler", RemoteHint: "Remote", DescriptionText: "Worldwide gig\nLabel images daily."}, remote: "remote", regions: "worldwide"},
	{name: "trap: sentence goes on", p: model.Posting{Title: "Barista Trainer", DescriptionText: "Worldwide opportunity to coach baristas in our Milan shop."}, remote: "unknown", regions: "none"},
	{name: "trap: article before", p: model.Posting{Title: "Sales Lead", DescriptionText: "A worldwide opportunity awaits in our Oslo office."}, remote: "unknown", regions: "none"},
	{name: "trap: company word", p: model.Posting{Title: "Accountant", DescriptionText: "Worldwide leader in shipping software."}, remote: "unknown", regions: "none"},
	{name: "trap: global role", p: model.Posting{Title: "Brand Manager", DescriptionText: "Global role\nBased at our Paris head office."}, regions: "none"},
	{name: "trap: heading on a later line", p: model.Posting{Title: "Analyst", DescriptionText: "We sell tea.\nWorldwide opportunity"}, remote: "unknown", regions: "none"},
	{name: "trap: location field names a town", p: model.Posting{Title: "Chef", Locations: []string{"Porto, Portugal"}, DescriptionText: "Worldwide opportunity"}, remote: "unknown", regions: "none"},
	{name: "trap: stated on-site mode", p: model.Posting{Title: "Welder", RemoteHint: "On-site", DescriptionText: "Worldwide opportunity"}, remote: "onsite", regions: "none"},
}

func TestWorldJobHeading(t *testing.T) {
	for _, c := range worldJobHeadingCases {
		p := c.p
		l := Normalize(&p, Options{})
		got := "none"
		if len(l.RemoteRegions) > 0 {
			got = strings.Join(l.RemoteRegions, ",")
		}
		if got != c.regions {
			t.Errorf("%s: regions %q, want %q (%s)", c.name, got, c.regions, l.RemoteEvidence)
		}
		if c.remote != "" && string(l.Remote) != c.remote {
			t.Errorf("%s: remote %q, want %q (%s)", c.name, l.Remote, c.remote, l.RemoteEvidence)
		}
	}
}
