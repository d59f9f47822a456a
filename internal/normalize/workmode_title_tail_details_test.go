package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A title tail naming the mode and a detail (workmode_title_tail_details.go).
func TestTitleTailDetailModes(t *testing.T) {
	cases := []struct {
		title string
		want  model.Remote
	}{
		{"Backend Developer (Hybrid, 2 days/week)", model.RemoteHybrid},
		{"Chargé de projet (Hybride, 2 jours/semaine)", model.RemoteHybrid},
		{"Analista (Híbrido, 3 días)", model.RemoteHybrid},
		{"Lab Technician (On-site, 5 days/week)", model.RemoteOnsite},
		{"Data Analyst — sur site Lyon", model.RemoteOnsite},
		{"Field Engineer - on site Leeds", model.RemoteOnsite},
		{"Technicien réseau — sur site", model.RemoteOnsite},
		// traps: a hybrid technology; a remote head and a choice of modes,
		// which the other readers keep reading as before; a role named for
		// its site
		{"Cloud Architect (Hybrid Cloud, 3 years)", model.RemoteUnknown},
		{"Account Manager (Remote, 2 days in office)", model.RemoteHybrid},
		{"Support Engineer - on site or remote", model.RemoteRemote},
		{"Technicien sur site", model.RemoteUnknown},
	}
	for _, c := range cases {
		p := model.Posting{Title: c.title}
		l := Normalize(&p, Options{})
		if l.Remote != c.want {
			t.Errorf("%q -> %s (%s), want %s", c.title, l.Remote, l.RemoteEvidence, c.want)
		}
	}
}
