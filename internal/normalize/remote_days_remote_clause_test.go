package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// daysRemoteClauseCases pin the remote-days reader in remote_languages.go
// for a count of remote days that ends its clause with the week left
// implied, and for a count written as a word. Traps: a count followed by
// more words (a remote task, not a share of the week), five days, a count
// of two digits, a fully remote listing whose text never counts days.
var daysRemoteClauseCases = []truthCase{
	{name: "count closes a short fact list", p: model.Posting{Title: "Data Analyst", Locations: []string{"Lyon"}, DescriptionText: "Permanent contract, 3 days remote, team of six."}, remote: "hybrid"},
	{name: "count closes the sentence", p: model.Posting{Title: "QA Lead", DescriptionText: "Our office is in Leeds. One day remote."}, remote: "hybrid"},
	{name: "count in brackets", p: model.Posting{Title: "Designer", DescriptionText: "Studio role (2 days wfh) with a friendly crew."}, remote: "hybrid"},
	{name: "count as a word with the week", p: model.Posting{Title: "Accountant", DescriptionText: "You can work two days remote per week."}, remote: "hybrid"},

	{name: "trap: count before a task", p: model.Posting{Title: "Technician", Locations: []string{"Ghent"}, DescriptionText: "Spend 2 days remote monitoring the pumps each month."}, remote: "unknown"},
	{name: "trap: five days", p: model.Posting{Title: "Writer", DescriptionText: "Work 5 days remote."}, remote: "unknown"},
	{name: "trap: a month of days", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "Travel allowance: up to 20 days remote."}, remote: "remote"},
	{name: "trap: remote title without a count", p: model.Posting{Title: "Remote Support Agent", DescriptionText: "Answer tickets from home, every weekday."}, remote: "remote"},
}

func TestDaysRemoteClauseCases(t *testing.T) {
	runFieldCases(t, daysRemoteClauseCases)
}
