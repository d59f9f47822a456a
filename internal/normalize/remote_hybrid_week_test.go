package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Round 48g: a hybrid list item with a day count and office attendance
// on named weekdays, written in whole ads (our own wording).
func TestHybridWeekModes(t *testing.T) {
	cases := []struct {
		name, text string
		want       model.Remote
	}{
		{"dash item hybrid with days", "Perks:\n- Hybrid: 3 days at the Denver office, 2 from home\n- Gym stipend", model.RemoteHybrid},
		{"star item hybrid with range", "Setup\n* Hybrid - 2-3 days in our Leeds studio", model.RemoteHybrid},
		{"bold item hybrid", "- **Hybrid:** two days a week on site", model.RemoteHybrid},
		{"weekday attendance after remote-first", "We are a remote-first team. Everyone comes into the Bristol office every Monday and Wednesday.", model.RemoteHybrid},
		{"weekday attendance plural days", "Remote-friendly team: you will work at our office on Tuesdays, Wednesdays and Thursdays.", model.RemoteHybrid},
		{"trap: all five weekdays", "Remote-first culture, but please be in the office on Monday, Tuesday, Wednesday, Thursday and Friday.", model.RemoteRemote},
		{"trap: weekdays without a remote reading", "Please visit the office on Mondays and Thursdays to collect parcels.", model.RemoteUnknown},
		{"trap: hybrid cloud item", "- Hybrid: cloud and on-prem deployments", model.RemoteUnknown},
		{"trap: remote and weekday standup call", "Fully remote role. Standups are held on Mondays and Thursdays over video.", model.RemoteRemote},
	}
	for _, c := range cases {
		got := ParseRemote("", nil, c.text)
		if got.Remote != c.want {
			t.Errorf("%s: got %v (%q), want %v", c.name, got.Remote, got.Evidence, c.want)
		}
	}
}
