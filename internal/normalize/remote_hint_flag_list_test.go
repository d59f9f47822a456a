package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// hintFlagListCases pin remote_hint_flag_list.go: a workplace field printed
// as a short list of mode flags with boolean values, in our own words, with
// traps that keep their old reading.
var hintFlagListCases = []truthCase{
	{name: "remote flag holds, hybrid flag does not", p: model.Posting{Title: "Support Agent", Locations: []string{"Leeds, UK"}, RemoteHint: "is_remote: yes; hybrid: no"}, remote: "remote"},
	{name: "telework one, hybrid zero", p: model.Posting{Title: "Support Agent", RemoteHint: "telework=1, hybrid=0"}, remote: "remote"},
	{name: "home office flag holds", p: model.Posting{Title: "Analista de Dados", RemoteHint: "home_office: yes | hybrid: no"}, remote: "remote"},
	{name: "hybrid flag holds, remote does not", p: model.Posting{Title: "Support Agent", RemoteHint: "remote: no, hybrid: yes"}, remote: "hybrid"},
	{name: "both remote and hybrid hold", p: model.Posting{Title: "Support Agent", RemoteHint: "remote: yes, hybrid: yes"}, remote: "hybrid"},
	{name: "neither holds, remote flag false", p: model.Posting{Title: "Support Agent", Locations: []string{"Leeds, UK"}, RemoteHint: "wfh: no, hybrid: no"}, remote: "onsite"},
	{name: "on-site flag holds", p: model.Posting{Title: "Support Agent", RemoteHint: "onsite: yes; remote: no"}, remote: "onsite"},
	{name: "no flag holds and no remote flag", p: model.Posting{Title: "Support Agent", RemoteHint: "hybrid: no, onsite: no"}, remote: "unknown"},
	{name: "single home office flag", p: model.Posting{Title: "Analista de Dados", RemoteHint: "home office: true"}, remote: "remote"},
	// traps: not every part a flag with a boolean, or flags that disagree
	{name: "trap: remote yes then a scope", p: model.Posting{Title: "Support Agent", RemoteHint: "Remote: yes, US only"}, remote: "remote"},
	{name: "trap: remote true beside another flag", p: model.Posting{Title: "Support Agent", RemoteHint: "remote: true, relocation: no"}, remote: "remote"},
	{name: "trap: remote and on-site both hold", p: model.Posting{Title: "Support Agent", RemoteHint: "remote: yes, onsite: yes"}, remote: "remote"},
	{name: "trap: plain mode words listed", p: model.Posting{Title: "Support Agent", RemoteHint: "Remote, Hybrid"}, remote: "hybrid"},
	{name: "trap: home office as a place", p: model.Posting{Title: "Analista", RemoteHint: "Home office: São Paulo"}, remote: "remote"},
}

func TestHintFlagListCases(t *testing.T) { runFieldCases(t, hintFlagListCases) }

func TestFlagListWord(t *testing.T) {
	for _, c := range []struct {
		hint, word string
		ok         bool
	}{
		{"remote: true, hybrid: false", "true", true},
		{"remote: false; hybrid: true", "hybrid", true},
		{"remote: false, hybrid: false", "false", true},
		{"hybrid: false, onsite: false", "", true},
		{"remote: true, onsite: true", "", false},
		{"remote: true", "", false},
		{"remote: true, US only", "", false},
		{"a: 1, b: 2, c: 3, d: 4, e: 5", "", false},
	} {
		if word, ok := flagListWord(c.hint); word != c.word || ok != c.ok {
			t.Errorf("flagListWord(%q) = %q, %v; want %q, %v", c.hint, word, ok, c.word, c.ok)
		}
	}
}
