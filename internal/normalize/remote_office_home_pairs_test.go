package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// officeHomePairCases pin remote_office_home_pairs.go: a bare count of office
// days set beside a count of home or remote days is a hybrid week. Traps: a
// place word followed by another noun, five office days, a lone count, and a
// remote field beside the schedule.
var officeHomePairCases = []truthCase{
	{name: "office then home, no joiner", p: model.Posting{Title: "Claims Handler", DescriptionText: "Our rhythm: 3 days office 2 days home."}, remote: "hybrid"},
	{name: "at the office and from home", p: model.Posting{Title: "Claims Handler", DescriptionText: "You spend four days at the office and one day from home each week."}, remote: "hybrid"},
	{name: "home first, office second", p: model.Posting{Title: "Claims Handler", DescriptionText: "Pattern is 2 days home, 3 days office"}, remote: "hybrid"},
	{name: "adjective form with slash", p: model.Posting{Title: "Claims Handler", DescriptionText: "We run 1 office day / 4 remote days per week."}, remote: "hybrid"},

	{name: "trap: office parties and home leave", p: model.Posting{Title: "Claims Handler", DescriptionText: "Perks include 2 days office parties and 3 days home leave."}, remote: "unknown"},
	{name: "trap: five office days", p: model.Posting{Title: "Claims Handler", DescriptionText: "Expect 5 days office 0 days home."}, remote: "unknown"},
	{name: "trap: office count alone", p: model.Posting{Title: "Claims Handler", DescriptionText: "Induction takes 2 days office time."}, remote: "unknown"},
	{name: "trap: remote field beside", p: model.Posting{Title: "Claims Handler", RemoteHint: "Remote", DescriptionText: "Later on: 2 days office 3 days home."}, remote: "remote"},
}

func TestOfficeHomePairCases(t *testing.T) { runFieldCases(t, officeHomePairCases) }
