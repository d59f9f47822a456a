package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestSplitScheduleRemote(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       model.Remote
	}{
		{"intermittent remote under a remote heading", "Remote Work\n\nThis post is intermittently remote: you and your lead agree a rota.", model.RemoteHybrid},
		{"both at home and on site hours", "Remote Work\n\nYour week includes both at home and in-office days, agreed with your lead.", model.RemoteHybrid},
		{"a mix of remote and in-office work", "This is a remote-friendly post with a mix of remote and in-office days each fortnight.", model.RemoteHybrid},
		{"open to remote candidates", "The team sits in Denver; open to remote candidates for the right fit.", model.RemoteRemote},
		// traps
		{"managing both remote and office teams", "Fully remote. You will manage both remote and in-office teams across three sites.", model.RemoteRemote},
		{"not open to remote", "This post is not open to remote candidates.", model.RemoteOnsite},
		{"plain remote", "This is a fully remote role.", model.RemoteRemote},
	} {
		if got := ParseRemote("", nil, c.text).Remote; got != c.want {
			t.Errorf("%s: ParseRemote(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}
