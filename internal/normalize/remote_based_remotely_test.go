package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// remotelyInCases pin remote_based_remotely.go. Traps: "remotely from
// time to time" and "from home" (no place), a region already named in a
// location.
var remotelyInCases = []truthCase{
	{name: "based remotely in ireland", p: model.Posting{Title: "Support Lead", DescriptionText: "The hire will be based remotely in Ireland."}, remote: "remote", regions: "IE"},
	{name: "work remotely from portugal", p: model.Posting{Title: "Analyst", DescriptionText: "You can work remotely from Portugal."}, remote: "remote", regions: "PT"},
	{name: "working remotely within two countries", p: model.Posting{Title: "QA", DescriptionText: "You'll be working remotely within Germany or Austria, with a laptop we ship."}, remote: "remote", regions: "DE,AT"},
	{name: "fully remotely in the united kingdom", p: model.Posting{Title: "Dev", DescriptionText: "Our people are located fully remotely in the United Kingdom."}, remote: "remote", regions: "GB"},

	{name: "trap: the founder works remotely from abroad", p: model.Posting{Title: "Dev", DescriptionText: "Fully remote role. Our founder works remotely from Portugal in winter."}, remote: "remote", regions: "none"},
	{name: "trap: a manager based remotely", p: model.Posting{Title: "Dev", DescriptionText: "You will join a remote team; your manager is based remotely in Ireland."}, regions: "!IE"},
	{name: "trap: remotely from time to time", p: model.Posting{Title: "Dev", DescriptionText: "You may work remotely from time to time, but the team sits in our office."}, regions: "!worldwide"},
	{name: "trap: remotely from home", p: model.Posting{Title: "Dev", DescriptionText: "Staff work remotely from home on Fridays."}, regions: "none"},
	{name: "trap: location wins", p: model.Posting{Title: "Dev", Locations: []string{"Remote - Netherlands"}, DescriptionText: "Work remotely from Spain in summer."}, regions: "NL"},
}

func TestRemotelyInCases(t *testing.T) { runFieldCases(t, remotelyInCases) }

// TestRemotelyInCasesLong runs the description cases again past
// minGuardedText, where the key regexp searches windows.
func TestRemotelyInCasesLong(t *testing.T) {
	filler := strings.Repeat("Our bakery delivers bread to the whole county. ", 14) + "\n"
	checkLongCases(t, filler, checkFieldCaseNot, remotelyInCases)
}

// TestRemotelyInKeyRegexp checks the key regexp against its plain regexp.
func TestRemotelyInKeyRegexp(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range remotelyInCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range texts {
		checkKey(t, "remotelyIn", remotelyIn, s)
	}
}

// FuzzRemotelyInPlace reads any text: no panic, regions only with
// "remotely" in it and evidence inside the text.
func FuzzRemotelyInPlace(f *testing.F) {
	for _, tc := range remotelyInCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rs, ev := remotelyInPlace(s)
		if len(rs) == 0 {
			return
		}
		if !containsFold(ev, "remotely") || !strings.Contains(s, ev) {
			t.Errorf("remotelyInPlace(%q) = %v, %q", s, rs, ev)
		}
	})
}
