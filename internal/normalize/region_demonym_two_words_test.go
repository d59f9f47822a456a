package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

func remoteText(text string) model.Posting {
	return model.Posting{Title: "Engineer", RemoteHint: "Remote", DescriptionText: text}
}

// apacSentenceCases: sentences of boards outside Europe and North America
// that name where remote work may be done, beside traps that keep their
// reading.
var apacSentenceCases = []truthCase{
	// a nationality or place of two words
	{name: "two words: south african residents", p: remoteText("Applications are limited to South African residents only."), regions: "ZA"},
	{name: "two words: sri lankan nationals", p: remoteText("This contract is open to Sri Lankan nationals."), regions: "LK"},
	{name: "two words: exclusively to south african citizens", p: remoteText("The role is open exclusively to South African citizens."), regions: "ZA"},
	{name: "trap two words: african residents stay africa", p: remoteText("We welcome African residents only."), regions: "Africa"},
	{name: "trap two words: a direction word before a country", p: remoteText("Open to Kenyan citizens or residents."), regions: "KE"},
	// working rights (the Australian and New Zealand idiom)
	{name: "working rights in australia", p: remoteText("Full working rights in Australia are required for this role."), regions: "AU"},
	{name: "work rights in new zealand", p: remoteText("You'll need valid work rights in New Zealand."), regions: "NZ"},
	{name: "trap working rights: a union word", p: remoteText("We respect workers' rights and fair pay."), regions: "none"},
	// residents after a role or position
	{name: "position for residents of", p: remoteText("This remote position is for residents of Malaysia."), regions: "MY"},
	{name: "role only for residents in", p: remoteText("The role is only for residents in the Philippines."), regions: "PH"},
	{name: "trap residents: a housing benefit", p: remoteText("We fund a co-working pass for residents of any city."), regions: "none"},
	// a hyphenated area after "open to candidates in"
	{name: "open to candidates in sub-saharan africa", p: remoteText("The opening is open to candidates in Sub-Saharan Africa."), regions: "Africa"},
	// a country's working hours
	{name: "australian business hours", p: remoteText("You will work Australian business hours from home."), regions: "AU"},
	{name: "ist hours", p: remoteText("Remote, with IST working hours."), regions: "IN"},
	{name: "indian standard time hours", p: remoteText("The team works Indian Standard Time (IST) hours."), regions: "IN"},
	{name: "aest hours", p: remoteText("Core collaboration happens in AEST business hours."), regions: "AU"},
	{name: "trap hours: a count of hours", p: remoteText("Expect 40 hours a week of focused work."), regions: "none"},
	// the whole world
	{name: "a worldwide remote role", p: remoteText("This is a worldwide remote role."), regions: "worldwide"},
	{name: "a global remote position", p: remoteText("We are opening a global remote position in support."), regions: "worldwide"},
	{name: "trap world: a global remote team", p: remoteText("Join our global remote team of forty people."), regions: "none"},
}

func TestApacSentences(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range apacSentenceCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestRemoteWorldEverywhere: "Everywhere" after a remote word and a bullet.
func TestRemoteWorldEverywhere(t *testing.T) {
	for _, c := range []struct {
		loc  string
		want bool
	}{{"Remote only • Everywhere", true}, {"Remote · Everywhere", true}, {"Remote (Everywhere)", true},
		{"Remote • Everywhere but the US", false}, {"Everywhere Inc. - Remote", false}} {
		if got := remoteWorldLoc(c.loc); got != c.want {
			t.Errorf("remoteWorldLoc(%q) = %v, want %v", c.loc, got, c.want)
		}
	}
}
