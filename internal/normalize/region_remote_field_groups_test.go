package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Regional group names and demonyms in remote fields (region_remote_field_groups.go).
// Every string is our own.
func TestRemoteFieldGroups(t *testing.T) {
	cases := []struct {
		name, title string
		locs        []string
		text        string
		regions     string
	}{
		{"demonym residents after remote", "Account Manager", []string{"Remote – Greek residents only"}, "You look after our partners.", "GR"},
		{"remote for demonym applicants", "Support Agent", []string{"Remote for Italian applicants"}, "Answer tickets by chat.", "IT"},
		{"group demonym before remote", "Data Engineer", []string{"Latin American Remote"}, "Build pipelines.", "LATAM"},
		{"european adjective remote", "QA Lead", []string{"European remote"}, "Own the test plan.", "EU"},
		{"country demonym alone may be a language", "Tutor", []string{"Remote - Spanish"}, "Teach conversation classes.", ""},
		{"german europe-wide adverb", "Vertriebler", []string{"Europaweit / remote"}, "Kunden betreuen.", "EU"},
		{"finnish europe", "Kehittäjä", []string{"Eurooppa, remote"}, "Rakennat palveluita.", "EU"},
		{"scandinavian nordic word", "Utvecklare", []string{"Nordisk, remote"}, "Du bygger tjänster.", "SE,NO,DK,FI,IS"},
		{"finnish nordics word", "Myyjä", []string{"Pohjoismaat (remote)"}, "Myyt palveluita.", "SE,NO,DK,FI,IS"},
		{"it trade title is no italy", "IT Service Desk Analyst - Remote", []string{"Remote - Central Europe"}, "Handle first-line tickets.", "EU"},
		{"it trade title with a bare remote", "IT Operations Lead - Remote", nil, "Keep the servers running.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := Normalize(&model.Posting{Source: "t", ExternalID: c.name, Title: c.title, Locations: c.locs, DescriptionText: c.text}, Options{})
			if got := strings.Join(l.RemoteRegions, ","); got != c.regions {
				t.Errorf("regions = %q, want %q (%s)", got, c.regions, l.RemoteEvidence)
			}
		})
	}
}

func TestDemonymRemoteEntry(t *testing.T) {
	for in, want := range map[string]string{
		"Remote (Polish citizens)":      "PL",
		"Remote: Kenyan talent only":    "KE",
		"Remote, open to Danish people": "DK",
		"Asian Remote":                  "APAC",
		"Remote - French":               "",
		"Greek residents only":          "",
		"Remote":                        "",
		"Remote - Sales Team":           "",
	} {
		if got := strings.Join(demonymRemoteEntry(in), ","); got != want {
			t.Errorf("demonymRemoteEntry(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestITTradeSegment(t *testing.T) {
	for in, want := range map[string]bool{
		"IT Support Technician": true,
		"IT Project Lead":       true,
		"IT":                    false,
		"IT only":               false,
		"IT Remote":             false,
		"Italy":                 false,
	} {
		if got := itTradeSegment(in); got != want {
			t.Errorf("itTradeSegment(%q) = %v, want %v", in, got, want)
		}
	}
}
