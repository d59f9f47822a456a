package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestRemoteOfficeMix(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       model.Remote
	}{
		{"remote and in-office", "Product analyst. The week is a mix of remote and in-office collaboration.", model.RemoteHybrid},
		{"on-site and remote, reversed", "Field planner: a combination of on-site and remote work across the region.", model.RemoteHybrid},
		{"in-person and working from home", "Tutor post with a blend of in-person and working from home sessions.", model.RemoteHybrid},
		{"remote tasks between, then in-person ones", "Work is a mix of remote data coding and in-person lab meetings every other week.", model.RemoteHybrid},
		// traps: a mix of people or of posts, no mix
		{"a mix of employees", "We are 80 people, a mix of remote and in-office employees, building tools for clinics.", model.RemoteUnknown},
		{"a mix of roles", "Our openings are a combination of remote and on-site roles; see each post.", model.RemoteUnknown},
		{"a mix of office-based teams", "You will coordinate a mix of remote and in-office product teams.", model.RemoteUnknown},
		{"remote people between", "The team is a mix of remote data engineers and in-person technicians.", model.RemoteUnknown},
		{"a mix of skills", "A mix of frontend and backend work in a small team.", model.RemoteUnknown},
	} {
		if got := ParseRemote("", nil, c.text).Remote; got != c.want {
			t.Errorf("%s: ParseRemote(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}
