package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Table tests for remote_join_team_both_modes.go, in our own words.
func TestJoinOrBothBodyMode(t *testing.T) {
	cases := []struct {
		text string
		want model.Remote
	}{
		// a team joined remotely
		{"The studio wants a modeller to join its art team remotely from Portugal.", model.RemoteRemote},
		{"You would be joining the payments engineering team remotely.", model.RemoteRemote},
		{"Come and join us remotely; we meet online every Monday.", model.RemoteRemote},
		{"A clinic group seeks a coder who joins our billing team remotely within Ontario.", model.RemoteRemote},
		// joined remotely, but not a team: nothing of the role
		{"New starters join the induction remotely, then work from the Leeds depot.", model.RemoteUnknown},
		{"You can join the final interview remotely.", model.RemoteUnknown},
		// a denial just before
		{"Sadly we are not able to join our team remotely for this post.", model.RemoteUnknown},
		// both modes offered
		{"The agency offers both remote and onsite placements.", model.RemoteHybrid},
		{"Staff may choose both in-office and remote days.", model.RemoteHybrid},
		{"Both work-from-home and office-based shifts are on the rota.", model.RemoteHybrid},
		{"Our consultants work both on-site & fully remote depending on the client.", model.RemoteHybrid},
		// no "both": an either-or choice is not read here
		{"The post can be remote or on-site.", model.RemoteUnknown},
		{"We offer no remote and no on-site support.", model.RemoteUnknown},
	}
	for _, c := range cases {
		if got, _ := joinOrBothBodyMode(c.text); got != c.want {
			t.Errorf("joinOrBothBodyMode(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

// Through ParseRemote: the frames decide only where no other reader did.
func TestJoinOrBothParseRemote(t *testing.T) {
	cases := []struct {
		text string
		want model.Remote
	}{
		{"An accounting office is hiring a bookkeeper to join their finance team remotely within Alberta.", model.RemoteRemote},
		{"The shop offers both remote and on-site repair roles.", model.RemoteHybrid},
	}
	for _, c := range cases {
		if got := ParseRemote("", nil, c.text); got.Remote != c.want {
			t.Errorf("ParseRemote(%q) = %s (%s), want %s", c.text, got.Remote, got.Evidence, c.want)
		}
	}
}
