package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The role's people told they may be located anywhere in the world open a
// remote listing worldwide. Traps: others located anywhere, and a span of
// days after the phrase (a perk).
func TestPeopleAnywhereWorld(t *testing.T) {
	runFieldCasesShortAndLong(t, []truthCase{
		{name: "applicants residing anywhere", p: model.Posting{Title: "Translator", RemoteHint: "remote",
			DescriptionText: "We welcome applicants residing anywhere in the world."}, regions: "worldwide"},
		{name: "you're located anywhere", p: model.Posting{Title: "Translator", RemoteHint: "remote",
			DescriptionText: "Are you're located anywhere in the world with a good connection? Apply."}, regions: "worldwide"},
		{name: "candidates who live anywhere", p: model.Posting{Title: "Translator", Locations: []string{"Remote"},
			DescriptionText: "Candidates who live anywhere in the world may apply."}, regions: "worldwide"},
		{name: "tutors can be located anywhere", p: model.Posting{Title: "Online Tutor", Locations: []string{"Remote"},
			DescriptionText: "Tutors can be located anywhere in the world."}, regions: "worldwide"},
		{name: "tutors can be anywhere", p: model.Posting{Title: "Chess Coach", Locations: []string{"Remote"},
			DescriptionText: "Coaches can be anywhere in the world; lessons run on our platform."}, regions: "worldwide"},
		{name: "trap: customers can be anywhere", p: model.Posting{Title: "Support Intern", RemoteHint: "remote",
			DescriptionText: "Our clients can be anywhere in the world."}, regions: "none"},
		{name: "you may live anywhere", p: model.Posting{Title: "Research Assistant", RemoteHint: "remote",
			DescriptionText: "As long as you have a laptop, you may live anywhere in the world."}, regions: "worldwide"},
		{name: "trap: customers can be located anywhere", p: model.Posting{Title: "Support Intern", RemoteHint: "remote",
			DescriptionText: "Our customers can be located anywhere in the world, so you will answer tickets in English."}, regions: "none"},
		{name: "trap: customers located anywhere", p: model.Posting{Title: "Translator", RemoteHint: "remote",
			DescriptionText: "Our customers are located anywhere in the world."}, regions: "none"},
		{name: "trap: a span of days after it", p: model.Posting{Title: "Translator", RemoteHint: "remote",
			DescriptionText: "People based anywhere in the world for up to four weeks a year stay on payroll."}, regions: "none"},
	})
}
