package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// roleTypeLabelCases: a "Role Type:" or "Remote status:" line among a description's labelled
// lines is the workplace field (the label added to worldModeLabels,
// workmode_labels_more.go); a schedule or a town as its value is no mode.
var roleTypeLabelCases = []truthCase{
	{name: "role type hybrid after location line", p: model.Posting{Title: "Product Specialist", DescriptionText: "Location: Curitiba\nRole Type: Hybrid\nTeam: Payments"}, remote: "hybrid"},
	{name: "role type home", p: model.Posting{Title: "Analyst", DescriptionText: "Department: Risk\nRole Type: Remote"}, remote: "remote"},
	{name: "remote status hybrid", p: model.Posting{Title: "Embedded Developer", Locations: []string{"Oulu"}, DescriptionText: "Locations: Oulu, Finland\nRemote status: Hybrid"}, remote: "hybrid"},
	{name: "remote status fully remote", p: model.Posting{Title: "Tester", DescriptionText: "Remote status: Fully remote"}, remote: "remote"},
	// Traps: the label carrying a schedule or a seniority.
	{name: "role type full time", p: model.Posting{Title: "Analyst", DescriptionText: "Location: Curitiba\nRole Type: Full-time"}, remote: "!hybrid"},
	{name: "remote status pending", p: model.Posting{Title: "Tester", Locations: []string{"Oulu"}, DescriptionText: "Remote status: to be agreed"}, remote: "!remote"},
	{name: "role type senior", p: model.Posting{Title: "Analyst", DescriptionText: "Role Type: Senior individual contributor"}, remote: "unknown"},
}

func TestRoleTypeLabelCases(t *testing.T) { runFieldCases(t, roleTypeLabelCases) }
