package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Table tests for remote_lifted_limit.go, in our own words.
func TestLiftedAfter(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"no remote work restrictions apply", true},
		{"no remote work  limits", true},
		{"no remote options experience", true},
		{"no remote work.", false},
		{"no remote work; office in Lyon", false},
		{"no remote work at all", false},
		{"no remote work", false},
	}
	for _, c := range cases {
		end := len("no remote work")
		if c.text[:end] != "no remote work" {
			end = len("no remote options")
		}
		if got := liftedAfter(c.text, end); got != c.want {
			t.Errorf("liftedAfter(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

var liftedLimitCases = []truthCase{
	{name: "no remote work restrictions keeps remote", p: model.Posting{Title: "Data Engineer", Locations: []string{"Remote"}, DescriptionText: "No remote work restrictions: work from any state you like."}, remote: "remote"},
	{name: "no remote work limits keeps remote", p: model.Posting{Title: "Data Engineer", Locations: []string{"Remote"}, DescriptionText: "Flexible hours and no remote work limits."}, remote: "remote"},
	{name: "no remote work experience asked keeps remote", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote"}, DescriptionText: "No remote work experience required; we train you."}, remote: "remote"},
	{name: "trap: no remote work refuses", p: model.Posting{Title: "Data Engineer", Locations: []string{"Remote"}, DescriptionText: "Please note: no remote work. The team sits in Porto."}, remote: "onsite"},
	{name: "trap: no remote options refuses", p: model.Posting{Title: "Data Engineer", DescriptionText: "There are no remote options for this team."}, remote: "onsite"},
}

func TestLiftedLimitListing(t *testing.T) {
	for _, tc := range liftedLimitCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
