package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// remoteLeadRoleNameCases pin the second form of remoteLeadJob
// (remote_false_flag_lead_job.go): a sentence opening "Remote" with a
// role's name in capitals and the sentence going on in small letters.
// Traps: a field named "remote ...", a role's name followed by another
// capitalised word, the phrase inside a sentence, and a stated mode.
var remoteLeadRoleNameCases = []truthCase{
	{name: "tester role opening the text", p: model.Posting{Title: "QA Lead", DescriptionText: "Remote Mobile Tester checking our apps on every release."}, remote: "remote"},
	{name: "accountant role after a sentence", p: model.Posting{Title: "Bookkeeping", DescriptionText: "We serve small shops. Remote Payroll Accountant keeping the books for our clients."}, remote: "remote"},
	{name: "single word role", p: model.Posting{Title: "Copy", DescriptionText: "Remote Editor polishing long reads for a weekly magazine."}, remote: "remote"},

	{name: "trap: remote sensing is a field", p: model.Posting{Title: "Analyst", DescriptionText: "Remote Sensing Analyst working with satellite images in our lab."}, remote: "unknown"},
	{name: "trap: remote support engineer visits sites", p: model.Posting{Title: "Engineer", Locations: []string{"Leeds"}, DescriptionText: "Remote Support Engineer keeping our kiosks running."}, remote: "unknown"},
	{name: "trap: a team's name, not a sentence going on", p: model.Posting{Title: "Engineer", DescriptionText: "Remote Developer Guild meets on Fridays."}, remote: "unknown"},
	{name: "trap: inside a sentence", p: model.Posting{Title: "Engineer", DescriptionText: "Last year our Remote Backend Developer built the billing service."}, remote: "unknown"},
	{name: "trap: on-site stated later", p: model.Posting{Title: "Engineer", DescriptionText: "Remote Backend Developer maintaining our tools. This role is fully on-site in Leeds."}, remote: "onsite"},
	{name: "trap: a hybrid field", p: model.Posting{Title: "Engineer", RemoteHint: "Hybrid", DescriptionText: "Remote Backend Developer maintaining our tools."}, remote: "hybrid"},
}

func TestRemoteLeadRoleNameCases(t *testing.T) {
	runFieldCases(t, remoteLeadRoleNameCases)
}
