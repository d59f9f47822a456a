package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// remoteWorkDeniedMoreCases pin remoteWorkDenied and the "not only" guard
// of the world readers' strict denial, with traps.
var remoteWorkDeniedMoreCases = []truthCase{
	{name: "a ban word", p: model.Posting{Title: "Bank Teller",
		DescriptionText: "Our branch opens at nine. Home working is forbidden for security reasons."}, remote: "onsite"},
	{name: "currently not offered", p: model.Posting{Title: "Lab Analyst",
		DescriptionText: "Remote working is currently not offered for lab staff."}, remote: "onsite"},
	{name: "will not be available", p: model.Posting{Title: "Receptionist",
		DescriptionText: "Please note that remote work will not be available in this post."}, remote: "onsite"},
	{name: "would not be allowed", p: model.Posting{Title: "Store Lead",
		DescriptionText: "Given the shop floor duties, remote work wouldn't be allowed."}, remote: "onsite"},
	{name: "the worker may not work remotely", p: model.Posting{Title: "Pharmacist",
		DescriptionText: "Staff are not permitted to work remotely at any time."}, remote: "onsite"},
	{name: "a ban in a long text", p: model.Posting{Title: "Pharmacist",
		DescriptionText: strings.Repeat("You will check prescriptions and advise patients at the counter. ", 10) + "You can't work remotely in this role."}, remote: "onsite"},
	{name: "working remotely is not an option", p: model.Posting{Title: "Warehouse Lead",
		DescriptionText: "Shifts run on the dock floor. Working remotely is not an option."}, remote: "onsite"},
	{name: "requests cannot be accommodated", p: model.Posting{Title: "Lab Assistant",
		DescriptionText: "Remote work requests cannot be accommodated for bench roles."}, remote: "onsite"},
	{name: "the worker cannot work from home", p: model.Posting{Title: "Clerk",
		DescriptionText: "Applicants cannot work from home; files stay in the archive."}, remote: "onsite"},
	{name: "trap: a cap on home days", p: model.Posting{Title: "Analyst",
		DescriptionText: "You cannot work from home for more than one day a week."}, remote: "!onsite"},
	{name: "trap: working remotely is not a problem", p: model.Posting{Title: "Writer",
		DescriptionText: "Working remotely is not a problem for us; we hire across Canada."}, remote: "!onsite"},
	{name: "trap: not only possible", p: model.Posting{Title: "Data Engineer",
		DescriptionText: "Remote work is not only possible but encouraged across our teams."}, remote: "remote"},
	{name: "trap: a cap on remote days", p: model.Posting{Title: "Analyst",
		DescriptionText: "You cannot work remotely for more than two days a week; the rest is in our Leeds office."}, remote: "!onsite"},
	{name: "trap: a bound on places", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Canada"},
		DescriptionText: "Employees cannot work remotely from outside Canada."}, remote: "remote"},
	{name: "trap: remote work offered", p: model.Posting{Title: "Analyst",
		DescriptionText: "Remote work is available for this role."}, remote: "remote"},
	{name: "trap: a restriction lifted", p: model.Posting{Title: "Analyst",
		DescriptionText: "Remote work is not restricted to any country; work from anywhere."}, remote: "remote"},
}

func TestRemoteWorkDeniedMoreCases(t *testing.T) {
	runFieldCases(t, remoteWorkDeniedMoreCases)
}
