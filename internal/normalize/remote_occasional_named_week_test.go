package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestOccasionalNamedWeekOnsite pins occasionalOnsite's named spells
// (remote.go): a remote role asked on site "for a planning week each
// quarter" or "for two offsite days a year" stays remote. Trap: on site
// three days each week is no occasional spell.
func TestOccasionalNamedWeekOnsite(t *testing.T) {
	post := func(text string) model.Posting {
		return model.Posting{Title: "Engineer", Locations: []string{"US Remote"}, RemoteHint: "remote", DescriptionText: text}
	}
	runPostingModeCases(t, []postingModeCase{
		{name: "planning week a quarter", p: post("We are a remote team. You may be required to be on-site for a planning week each quarter."), want: model.RemoteRemote},
		{name: "offsite days a year", p: post("Fully distributed. You are required to be on-site for two team offsite days a year."), want: model.RemoteRemote},
		{name: "trap: days each week", p: post("You are required to be on-site three days each week."), want: model.RemoteHybrid},
	})
}
