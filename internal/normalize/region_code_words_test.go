package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// codeWordCases pin codeAsWord: "IN" and "IT" written as English words in
// a location phrase name no country; traps keep the codes as places.
var codeWordCases = []truthCase{
	{name: "in as a word in a remote location note", p: model.Posting{Title: "Editor", RemoteHint: "remote", Locations: []string{"Hiring IN stages"}}, remote: "remote", regions: "none"},
	{name: "it as a word in a remote location note", p: model.Posting{Title: "Editor", RemoteHint: "remote", Locations: []string{"Make IT happen"}}, remote: "remote", regions: "none"},
	{name: "trap: india code in brackets", p: model.Posting{Title: "Editor", Locations: []string{"Remote (IN)"}}, remote: "remote", regions: "IN"},
	{name: "trap: india code then only", p: model.Posting{Title: "Editor", Locations: []string{"Remote IN only"}}, remote: "remote", regions: "IN"},
	{name: "trap: italy code in brackets", p: model.Posting{Title: "Editor", Locations: []string{"Remote (IT)"}}, remote: "remote", regions: "IT"},
}

func TestCodeWordCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range codeWordCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

func TestCodeAsWord(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Hiring IN stages", true},
		{"Make IT happen", true},
		{"Remote IN only", false},
		{"Lyon, IT office", false}, // a comma before the code
		{"Bari IT", false},         // nothing after it
		{"Remote US only", false},  // not a word code
		{"Remote IN india", false}, // after remote
	} {
		words := regionTokens(tc.s)
		got := false
		for i, w := range words {
			if wordCodes[w] && codeAsWord(tc.s, words, i) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("codeAsWord in %q = %v, want %v", tc.s, got, tc.want)
		}
	}
}
