package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// roleRemotePlaceCases pin region_role_remote_place.go: a role noun followed by "remote" and a
// place; a plain office place beside a worldwide remote statement. Traps
// where neither shape applies.
var roleRemotePlaceCases = []truthCase{
	{name: "role then remote in a country", p: model.Posting{Title: "Post",
		DescriptionText: "Looking for a Rust developer remote in Portugal. Send your CV."}, remote: "remote", regions: "PT"},
	{name: "role then remote and a bare country", p: model.Posting{Title: "Post",
		DescriptionText: "Hiring a QA analyst remote Chile, pay in USD."}, remote: "remote", regions: "CL"},
	{name: "role then remote from an area", p: model.Posting{Title: "Post",
		DescriptionText: "Our studio needs two designers remote from Latin America."}, remote: "remote", regions: "LATAM"},
	{name: "trap: role then remote and no place", p: model.Posting{Title: "Post",
		DescriptionText: "We need a data engineer remote first, async culture."}, regions: "none"},
	{name: "trap: a stated mode is kept", p: model.Posting{Title: "Post", Locations: []string{"Oslo, Norway (on-site)"},
		DescriptionText: "The manager remote in Sweden approves leave."}, remote: "onsite", regions: "none"},
	{name: "office place and a worldwide statement", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		Locations: []string{"Lisbon, Portugal"}, DescriptionText: "This position is remote worldwide; our office is in Lisbon."}, remote: "remote", regions: "worldwide"},
	{name: "office place and open worldwide", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		Locations: []string{"Tallinn, Estonia"}, DescriptionText: "Fully remote and open to candidates worldwide."}, remote: "remote", regions: "worldwide"},
	{name: "trap: a residence demand keeps the place", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		Locations: []string{"Lisbon, Portugal"}, DescriptionText: "Remote worldwide culture, but you must reside in Portugal."}, remote: "remote", regions: "PT"},
	{name: "trap: a remote field keeps its scope", p: model.Posting{Title: "Support Lead",
		Locations: []string{"Remote - Portugal"}, DescriptionText: "Our customers are spread globally; work from anywhere in the world is not offered."}, remote: "remote", regions: "PT"},
	{name: "trap: worldwide customers are no scope", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		Locations: []string{"Lisbon, Portugal"}, DescriptionText: "We serve customers worldwide."}, remote: "remote", regions: "PT"},
}

func TestRoleRemotePlaceCases(t *testing.T) {
	runFieldCases(t, roleRemotePlaceCases)
}

// TestRoleRemotePlaceKeyRegexps checks the two key regexps against their plain ones.
func TestRoleRemotePlaceKeyRegexps(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range roleRemotePlaceCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range texts {
		checkKey(t, "roleRemotePlace", roleRemotePlace, s)
		checkKey(t, "remoteWorldStatement", remoteWorldStatement, s)
	}
}

// TestRoleRemotePlaceCasesLong runs the cases again past minGuardedText,
// where the key regexps search windows.
func TestRoleRemotePlaceCasesLong(t *testing.T) {
	filler := strings.Repeat("Our small team ships a weekly newsletter about hiking trails. ", 12) + "\n"
	checkLongCases(t, filler, checkFieldCaseNotMode, roleRemotePlaceCases)
}
