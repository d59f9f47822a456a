package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The shapes of remote_board_modes.go, in our own words: a place line
// with its mode in brackets among a description's first lines, a
// description opening with "Remote" and a role, a pipe header's world
// segment, an area's time zones demanded, and "remote within Europe"
// beside one European town.
func TestRemoteBoardModes(t *testing.T) {
	cases := []struct {
		name, title string
		locs        []string
		text, want  string
	}{
		{"place line hybrid", "Support Analyst", nil, "Support Analyst\nNorthwind Tools\nAustin, TX (Hybrid)\n\nYou will answer tickets.", "hybrid"},
		{"place line on-site", "Line Cook", nil, "Harbor Kitchen\nLeeds, UK (On-site)\nShifts on weekends.", "onsite"},
		{"place line in square brackets", "Clerk", nil, "Portland, OR [In-office]\nFiling and phones.", "onsite"},
		{"place line remote", "Writer", nil, "Quill Media\nToronto, ON (Remote)\nWrite weekly columns.", "remote"},
		{"bracket after no place stays unread", "Analyst", nil, "Analytics Team\nGreat perks (Hybrid)\nWe grow fast.", "unknown"},
		{"role lead", "Engineer", nil, "Remote Data Engineer. Build pipelines in Python.", "remote"},
		{"role lead longer title", "Engineer", nil, "Remote Senior Backend Engineer\nWe ship daily.", "remote"},
		{"role lead sensing is a field", "Analyst", nil, "Remote Sensing Analyst. Classify satellite images at our lab.", "unknown"},
		{"header world segment", "Designer", nil, "Bluefin | Worldwide | Product Designer\nWe build tools.", "remote"},
		{"header global first", "Designer", nil, "Global | Designer", "remote"},
		{"header with place only", "Designer", nil, "Bluefin | Lisbon | Product Designer", "unknown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := remoteBoardListing(c.title, c.locs, "", c.text)
			if string(l.Remote) != c.want {
				t.Fatalf("mode %q (%s), want %q", l.Remote, l.RemoteEvidence, c.want)
			}
		})
	}
}

func TestRemoteBoardRegions(t *testing.T) {
	cases := []struct {
		name, title string
		locs        []string
		hint, text  string
		want        string
	}{
		{"header world segment region", "Designer", nil, "", "Bluefin | Worldwide | Product Designer", "worldwide"},
		{"zone demand north america", "Agent", nil, "remote", "Support our customers. North America time zones required.", "CA,US"},
		{"zone demand europe needed", "Agent", nil, "remote", "Async team. European timezone needed.", "EU"},
		{"zone demand apac only", "Agent", nil, "remote", "Night shifts. APAC hours only.", "APAC"},
		{"zone demand latin american", "Agent", nil, "remote", "Latin American time zones are required for standups.", "LATAM"},
		{"based sentence", "Developer", nil, "remote", "Contract role, W2. Canada-based only. Apply today.", "CA"},
		{"based sentence eu", "Developer", nil, "remote", "Async team.\nEU based.", "EU"},
		{"employer based is no demand", "Developer", nil, "remote", "We are a US-based company. Apply today.", "none"},
		{"within europe widens a town", "Engineer", []string{"Munich, Germany"}, "", "Our team works fully remote within Europe.", "EU"},
		{"within europe leaves a us town", "Engineer", []string{"Austin, TX"}, "", "Fully remote within Europe.", "US"},
		{"remote field keeps its country", "Engineer", []string{"Remote - Germany"}, "", "You may travel across Europe for remote workshops.", "DE"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := remoteBoardListing(c.title, c.locs, c.hint, c.text)
			got := "none"
			if len(l.RemoteRegions) > 0 {
				got = strings.Join(l.RemoteRegions, ",")
			}
			if regionSet(got) != regionSet(c.want) {
				t.Fatalf("regions %q (mode %s, %s), want %q", got, l.Remote, l.RemoteEvidence, c.want)
			}
		})
	}
}

func TestRemoteRoleOpeningWords(t *testing.T) {
	for text, want := range map[string]string{
		"Remote QA Tester.":                           "Remote QA Tester",
		"Remote Customer Support Representative: ...": "Remote Customer Support Representative",
		"Remote Full-Stack Developer. React.":         "Remote Full-Stack Developer",
		"Remote-first company.":                       "",
		"Remote work is hard.":                        "",
		"Remote Customer Success Lead for our APAC team, based in one of many offices across the region and beyond": "",
	} {
		if got := remoteRoleOpening(text); got != want {
			t.Errorf("remoteRoleOpening(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestTimeZoneDemandTraps(t *testing.T) {
	for _, text := range []string{
		"Our calendar app converts APAC time zones for travellers.",
		"EU time zone support is a feature we sell.",
		"Overtime hours required during launches.",
		"Async team. European timezone preferred.",
	} {
		if rs := timeZoneDemandRegions(text); rs != nil {
			t.Errorf("timeZoneDemandRegions(%q) = %v, want nil", text, rs)
		}
	}
}

func remoteBoardListing(title string, locs []string, hint, text string) *model.Listing {
	return agreementListing(agreementCase{Cat: "remote", Name: "board modes", Title: title, Locs: locs, Hint: hint, Text: text})
}
