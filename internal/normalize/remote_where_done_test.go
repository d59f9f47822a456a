package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The shapes of remote_where_done.go, in our own words.
func TestWorkModeWhereDoneStatements(t *testing.T) {
	cases := []struct {
		hint string
		locs []string
		text string
		want model.Remote
	}{
		// an on-site sentence naming the place beats a remote-culture line
		{"", []string{"Tulsa, OK"}, "Our culture is remote-friendly and we keep three hubs. On-site at Tulsa.", model.RemoteOnsite},
		{"", nil, "We built a remote-first company.\nOnsite in Reno for this team.", model.RemoteOnsite},
		// ... but not a start or a visit, nor a lower-case place
		{"", nil, "We are remote-first. Onsite in Reno for your first week, then remote.", model.RemoteRemote},
		{"", nil, "Fully remote role. On-site in the lab is never needed.", model.RemoteRemote},
		// a required in-office presence
		{"", []string{"Boise, ID"}, "Part of our distributed crew of 80. On-site presence is required in Boise.", model.RemoteOnsite},
		{"", nil, "In-office presence required 2 days a week in Boise.", model.RemoteHybrid},
		// the role called a poor fit for remote work, over a remote flag
		{"remote", nil, "Pairing happens in person, so the job is not a good fit for fully remote work.", model.RemoteOnsite},
		// the role itself remote over the company's hybrid model
		{"", nil, "This position is fully remote. You can read about our hybrid working policy on the careers page.", model.RemoteRemote},
		{"", nil, "This role is remote two days a week under our hybrid working model.", model.RemoteHybrid},
		{"", nil, "Read about our hybrid working model.", model.RemoteHybrid},
		// a site's name built on the word is no mode
		{"", nil, "Remote.co lists this opening.", model.RemoteUnknown},
		{"", nil, "Remote. Work from wherever you like in Canada.", model.RemoteRemote},
	}
	for _, c := range cases {
		if got := ParseRemote(c.hint, c.locs, c.text).Remote; got != c.want {
			t.Errorf("ParseRemote(%q, %q, %q) = %q, want %q", c.hint, c.locs, c.text, got, c.want)
		}
	}
}
