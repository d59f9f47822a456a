package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestRemoteSkillTagHints pins remote_hint_skill_tags.go and the Japanese
// "allowed" field values of workmode_field_words_more.go.
func TestRemoteSkillTagHints(t *testing.T) {
	cases := []struct {
		name string
		hint string
		locs []string
		text string
		want model.Remote
	}{
		{"skill tags only", "Remote access tools, Remote desktop", []string{"Dallas, TX 75201"}, "", model.RemoteUnknown},
		{"sensing tag alone", "Remote sensing", nil, "", model.RemoteUnknown},
		{"skill tag beside a real mode", "Remote desktop; Remote", nil, "", model.RemoteRemote},
		{"plain remote value still read", "Fully remote role", nil, "", model.RemoteRemote},
		{"japanese remote allowed", "リモート可", nil, "", model.RemoteRemote},
		{"japanese home work allowed", "在宅勤務可", nil, "", model.RemoteRemote},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := ParseRemote(c.hint, c.locs, c.text).Remote; got != c.want {
				t.Errorf("ParseRemote(%q, %q, %q) = %v, want %v", c.hint, c.locs, c.text, got, c.want)
			}
		})
	}
}
