package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// roleDoneCases pin remote_role_done_remotely.go. Traps: interviews or
// training done remotely, a denial, a policy the company does not have, a
// weekly share read first.
var roleDoneCases = []truthCase{
	{name: "work performed remotely", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Tucson, AZ"}, DescriptionText: "Work is performed remotely with weekly calls."}, remote: "remote"},
	{name: "duties carried out remotely", p: model.Posting{Title: "Transcriber", DescriptionText: "All duties will be carried out remotely."}, remote: "remote"},
	{name: "position is virtual", p: model.Posting{Title: "Tutor", Locations: []string{"Ohio"}, DescriptionText: "The position is virtual; students log in from home."}, remote: "remote"},
	{name: "hybrid policy with days", p: model.Posting{Title: "Designer", Locations: []string{"Leeds"}, DescriptionText: "Our hybrid policy: two days in, three at home."}, remote: "hybrid"},
	{name: "role follows the policy", p: model.Posting{Title: "Designer", Locations: []string{"Leeds"}, DescriptionText: "This role follows our hybrid policy."}, remote: "hybrid"},

	{name: "a role done entirely remotely, no verb", p: model.Posting{Title: "Copywriter", Locations: []string{"New York, NY"}, DescriptionText: "This is a freelance role done entirely remotely."}, remote: "remote"},
	{name: "trap: training done remotely, the job in the store", p: model.Posting{Title: "Sales Associate", Locations: []string{"New York, NY"}, DescriptionText: "Training is done remotely; the job is in our store."}, remote: "!remote"},
	{name: "trap: interviews done remotely", p: model.Posting{Title: "Welder", Locations: []string{"Tucson, AZ"}, DescriptionText: "Interviews are conducted remotely by video."}, remote: "!remote"},
	{name: "trap: training virtual", p: model.Posting{Title: "Welder", Locations: []string{"Tucson, AZ"}, DescriptionText: "Training will be virtual for the first week."}, remote: "!remote"},
	{name: "trap: work not done remotely", p: model.Posting{Title: "Welder", Locations: []string{"Tucson, AZ"}, DescriptionText: "The work is not performed remotely."}, remote: "!remote"},
	{name: "trap: no hybrid policy", p: model.Posting{Title: "Designer", Locations: []string{"Leeds"}, DescriptionText: "We have no hybrid policy; everyone is in the studio."}, remote: "!hybrid"},
	{name: "trap: weekly share first", p: model.Posting{Title: "Analyst", Locations: []string{"Leeds"}, DescriptionText: "The work may be done remotely two days a week."}, remote: "hybrid"},
}

func TestRoleDoneCases(t *testing.T) {
	for _, tc := range roleDoneCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
