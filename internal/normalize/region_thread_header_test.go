package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Community hiring threads (region_thread_header.go). Every string is our own,
// shaped like the headers of "Who is hiring" comments and forum posts.
func TestThreadHeaderRemote(t *testing.T) {
	cases := []struct {
		name, title, loc, text string
		remote                 model.Remote
		regions                string
	}{
		{"everywhere brackets", "", "", "Lumen Labs | Backend Dev | Remote (Everywhere)\nWe ship maps.", model.RemoteRemote, "worldwide"},
		{"anywhere world sentence", "Data Engineer", "", "REMOTE role. Anywhere in the world is fine.", model.RemoteRemote, "worldwide"},
		{"customers anywhere stays none", "Data Engineer", "", "Fully remote. Our customers anywhere in the world trust us.", model.RemoteRemote, ""},
		{"place slash remote", "", "", "Kiteworks | Denver, CO / Remote | Full-Time\nWe build kites.", model.RemoteRemote, "US"},
		{"remote slash place", "", "", "Kiteworks | Platform Dev | Remote / Austin, TX\nWe build kites.", model.RemoteRemote, "US"},
		{"us hours", "", "", "Ferncast | Mobile Dev | Full-time | Remote, PT/ET hours preferred\nHi.", model.RemoteRemote, "US"},
		{"role group brackets", "", "", "Orbweaver | Designers (EMEA) | REMOTE\nHello.", model.RemoteRemote, "EMEA"},
		{"hiring title comma remote", "[Hiring] Rails Dev, remote, $70/hr", "", "Maintain our billing app.", model.RemoteRemote, ""},
		{"hiring title without remote", "[Hiring] Rails Dev, $70/hr", "", "Maintain our billing app.", model.RemoteUnknown, ""},
		{"onsite plus remote", "", "", "Pinecrest | Onsite (Boston) + Remote | Full Time | https://example.org", model.RemoteRemote, ""},
		{"place hybrid", "", "", "Austin Hybrid - no relocation | Staff Engineers\nHi.", model.RemoteHybrid, ""},
		{"hybrid remote possible", "", "", "Pinecrest | Dev | Hybrid (Remote Possible)\nHi.", model.RemoteHybrid, ""},
		{"hybrid cloud is no mode", "", "", "Pinecrest | Hybrid cloud engineer | Boston\nHi.", model.RemoteUnknown, ""},
		// "Work is remote" opening a sentence
		{"sentence with place", "Backend Developer", "Denver, CO", "Work is remote, but you must live within driving distance of Denver.", model.RemoteRemote, "US"},
		{"no location", "Backend Developer", "", "Hello.\nWork is remote. We meet twice a year.", model.RemoteRemote, ""},
		{"remote-friendly is no sentence", "Backend Developer", "Denver, CO", "Work is remote-friendly on Fridays.", model.RemoteUnknown, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var locs []string
			if c.loc != "" {
				locs = []string{c.loc}
			}
			l := Normalize(&model.Posting{Source: "t", ExternalID: c.name, Title: c.title, Locations: locs, DescriptionText: c.text}, Options{})
			if l.Remote != c.remote {
				t.Fatalf("remote = %q (%s), want %q", l.Remote, l.RemoteEvidence, c.remote)
			}
			if got := strings.Join(l.RemoteRegions, ","); got != c.regions {
				t.Fatalf("regions = %q, want %q", got, c.regions)
			}
		})
	}
}

func TestThreadHeaderType(t *testing.T) {
	cases := []struct {
		name, title, text string
		want              model.JobType
	}{
		{"contractor note full-time", "", "Brightpath (W2 via a contractor agency) | Brightpath.io | Remote (USA) | full-time\nHi.", model.TypeFullTime},
		{"contract segment stays", "", "Brightpath (contractor agency) | Dev | Contract | Remote\nHi.", model.TypeContract},
		{"paren full-time", "", "Brightpath | Platform Dev (full-time, remote) | https://example.org\nHi.", model.TypeFullTime},
		{"with benefits", "[Hiring] Platform Dev", "Go and SQL, full-time with benefits.", model.TypeFullTime},
		{"few hours a week", "", "Brightpath | Founding Dev | REMOTE | equity | ~8-12 hrs/wk\nHi.", model.TypePartTime},
		{"forty hours a week is no part-time", "", "Brightpath | Founding Dev | REMOTE | 35-40 hrs/wk\nHi.", model.TypeUnknown},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := Normalize(&model.Posting{Source: "t", ExternalID: c.name, Title: c.title, DescriptionText: c.text}, Options{})
			if l.Type != c.want {
				t.Fatalf("type = %q, want %q", l.Type, c.want)
			}
		})
	}
}

func TestThreadDayRate(t *testing.T) {
	l := Normalize(&model.Posting{Source: "t", ExternalID: "j", Title: "[Hiring] Dev Vue freelance, 450€/j", DescriptionText: "Mission de 2 mois."}, Options{})
	if l.Pay == nil || l.Pay.Min != 450 || l.Pay.Currency != "EUR" || l.Pay.Unit != model.UnitDay {
		t.Fatalf("pay = %+v, want 450 EUR a day", l.Pay)
	}
	l = Normalize(&model.Posting{Source: "t", ExternalID: "k", Title: "Dev Vue", DescriptionText: "Budget 450€ / jeudi"}, Options{})
	if l.Pay != nil && l.Pay.Unit == model.UnitDay {
		t.Fatalf("a weekday read as a day rate: %+v", l.Pay)
	}
}
