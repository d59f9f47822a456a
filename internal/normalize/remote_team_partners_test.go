package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Remote teams the worker deals with, and a company-wide conditional policy,
// do not make the role remote.
func TestRemotePartnersAndPolicy(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Solutions Architect", text: "You enjoy pairing across remote-first, multinational product teams.", want: model.RemoteUnknown},
		{title: "Solutions Architect", text: "Experience managing distributed and remote engineers is a plus.", want: model.RemoteUnknown},
		{title: "Help Desk Analyst", text: "You will support our remote employees and the Leeds office.", want: model.RemoteUnknown},
		{title: "Accountant", text: "Staff may work remotely when their manager agrees. The office is in Porto.", want: model.RemoteUnknown},
		{title: "IT Support Technician", text: "You will set up laptops for colleagues who work remotely and fix printers.", want: model.RemoteUnknown},
		{title: "Product Designer", text: "Interview customers that mostly work remotely about their tools.", want: model.RemoteUnknown},
		{title: "Security Analyst", text: "If you work remotely, the VPN must stay on at all times.", want: model.RemoteUnknown},
	})
}

// The role's own remote statements stay remote beside such wording.
func TestRemotePartnersAndPolicyTraps(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Solutions Architect", text: "Join our remote-first team of twelve.", want: model.RemoteRemote},
		{title: "Solutions Architect", text: "You will work with a remote-first team spread over Europe.", want: model.RemoteRemote},
		{title: "Help Desk Analyst", text: "This is a fully remote role; you will support remote employees across three time zones.", want: model.RemoteRemote},
		{title: "Accountant", text: "Our employees may work remotely from anywhere in Portugal.", want: model.RemoteRemote},
		{title: "Copywriter", text: "If you want to work remotely, this role is for you.", want: model.RemoteRemote},
		{title: "Copywriter", text: "You will work remotely with a small team of editors.", want: model.RemoteRemote},
		{title: "Copywriter", text: "People who like quiet mornings will enjoy this role: you work remotely and set your hours.", want: model.RemoteRemote},
	})
}
