package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// hybridCommonCases pin remote_hybrid_common.go (a remark that hybrid work
// is usual in the employer's teams says nothing of this role) and the line
// break and numbered office now allowed in remote.go's hybridDays ("two days
// a week in our\nLeeds office"). Traps: the role itself named hybrid beside
// the remark, hybrid work required, the remark with no teams after it, five
// office days, remote teams.
var hybridCommonCases = []truthCase{
	{name: "hybrid working widespread among departments", p: model.Posting{Title: "Data Engineer", DescriptionText: "Hybrid working is widespread among our departments."}, remote: "unknown"},
	{name: "hybrid schedules popular across the company", p: model.Posting{Title: "Buyer", DescriptionText: "Hybrid schedules are popular across the company."}, remote: "unknown"},
	{name: "hybrid model usual in most of our offices", p: model.Posting{Title: "Controller", DescriptionText: "A hybrid model is usual in most of our offices."}, remote: "unknown"},
	{name: "office days split by a line break", p: model.Posting{Title: "Support Lead", DescriptionText: "Plan on three days a week at our\nLeeds office."}, remote: "hybrid"},
	{name: "office days in a numbered district office", p: model.Posting{Title: "Auditor", DescriptionText: "Expect two days per week in the Paris 9 office."}, remote: "hybrid"},
	{name: "trap: role named hybrid beside the remark", p: model.Posting{Title: "Planner", DescriptionText: "This is a hybrid position. Hybrid working is widespread among our departments."}, remote: "hybrid"},
	{name: "trap: hybrid work required", p: model.Posting{Title: "Analyst", DescriptionText: "Hybrid working is required for this post."}, remote: "hybrid"},
	{name: "trap: hybrid work common with no teams", p: model.Posting{Title: "Engineer", DescriptionText: "Hybrid work is common here: two days a week in our Oslo office."}, remote: "hybrid"},
	{name: "trap: five office days stay on-site", p: model.Posting{Title: "Receptionist", DescriptionText: "You will be on site five days a week at our Leeds office."}, remote: "onsite"},
	{name: "trap: remote teams are no schedule", p: model.Posting{Title: "Manager", DescriptionText: "You will lead remote teams across our offices."}, remote: "unknown"},
}

func TestHybridCommonCases(t *testing.T) {
	runFieldCases(t, hybridCommonCases)
}
