package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestModeMixAndRoleOnsite pins remote_mode_mix.go: an office and remote
// work joined in a mode field or line is hybrid; a sentence saying the
// role is worked on site beats a remote flag. Traps beside each case.
func TestModeMixAndRoleOnsite(t *testing.T) {
	for _, c := range []struct {
		hint string
		locs []string
		text string
		want model.Remote
	}{
		{"", nil, "Arrangement: in-office + partly remote", model.RemoteHybrid},
		{"", []string{"Gdansk (office/remote)"}, "", model.RemoteHybrid},
		{"", nil, "Remote days + onsite\nWe build payment tools.", model.RemoteHybrid},
		{"", []string{"Remote + home office allowance"}, "", model.RemoteRemote},                   // trap: no office mode
		{"", []string{"Remote/Worldwide"}, "", model.RemoteRemote},                                 // trap: no office mode
		{"", nil, "You can work from the office or remotely, as you prefer.", model.RemoteUnknown}, // trap: a choice in a sentence, not hybrid (left as read)
		{"remote", nil, "You'll be working on-site in Chennai.", model.RemoteOnsite},
		{"remote", nil, "The position is fully onsite at our lab.", model.RemoteOnsite},
		{"remote", nil, "You will work on-site for the first two weeks of onboarding.", model.RemoteRemote},   // trap: onboarding
		{"remote", nil, "You will work on-site three days each month.", model.RemoteRemote},                   // trap: some days
		{"remote", nil, "When visiting plants you will work on-site.", model.RemoteRemote},                    // trap: a visit
		{"remote", nil, "Our installers work on-site daily; you support them from home.", model.RemoteRemote}, // trap: other people
		{"remote", nil, "Free snacks on-site for anyone who drops by.", model.RemoteRemote},                   // trap: a perk
	} {
		ri := ParseRemote(c.hint, c.locs, c.text)
		ri = reviseModeMix(c.locs, c.text, ri)
		ri = reviseRoleOnsite(c.text, ri)
		if ri.Remote != c.want {
			t.Errorf("hint %q locs %q text %q: got %v (%s), want %v", c.hint, c.locs, c.text, ri.Remote, ri.Evidence, c.want)
		}
	}
}

func FuzzModeMixAndRoleOnsite(f *testing.F) {
	for _, s := range []string{"Onsite + part remote", "Mode: Office/Remote", "x (remote/office)", "You will work on-site in Pune.", "this role is onsite", ":(", "("} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = modeMix(s)
		ri := reviseRoleOnsite(s, RemoteInfo{Remote: model.RemoteRemote})
		if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteOnsite {
			t.Fatalf("%q: %v", s, ri.Remote)
		}
		_ = reviseModeMix([]string{s}, s, RemoteInfo{})
	})
}
