package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestHeadlineTailRemote pins a one-line description that is a headline
// closed by a "Remote" tag, and the near misses that must stay as they were.
func TestHeadlineTailRemote(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"Go Developer Lisbon Remote", "remote"},
		{"Senior QA Analyst Nairobi Remote.", "remote"},
		{"Data Lead EU Startup Global REMOTE", "remote"},
		{"Backend Engineer Fully Remote", "remote"},
		// traps: prose, other modes, denials, products, punctuation, long text
		{"We are happy to let you work remote", "unknown"},
		{"Designer Madrid Hybrid or Remote", "hybrid"},
		{"Warehouse Clerk Leeds Not Remote", "unknown"},
		{"Helpdesk Analyst using Microsoft Remote", "unknown"},
		{"Remote", "remote"},
		{"Our team builds tools. Engineers love Remote", "unknown"},
		{"remote sensing analyst for forest maps Remote", "unknown"},
		{"Go Developer Lisbon Remote Desktop", "unknown"},
	} {
		l := Normalize(&model.Posting{DescriptionText: tc.text}, Options{})
		if string(l.Remote) != tc.want {
			t.Errorf("%q: got %s, want %s", tc.text, l.Remote, tc.want)
		}
	}
	for _, s := range []string{"", "Remote", "Lisbon Remote", "Go Developer, Lisbon, Remote", "a b c Remote", "Office Manager Office Remote"} {
		if got := headlineTailRemote(s); got != model.RemoteUnknown {
			t.Errorf("headlineTailRemote(%q) = %s, want unknown", s, got)
		}
	}
}
