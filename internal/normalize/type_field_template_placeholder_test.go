package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// templatePlaceholderCases pin type_field_template_placeholder.go: a type
// field that is only an unfilled template slot names no type, whatever
// word the slot's name holds; with traps: a real value, a value beside a
// slot and a slot-like text in the description.
var templatePlaceholderCases = []truthCase{
	{name: "slot named after a contract", p: model.Posting{Title: "Operario", EmploymentType: "{{contracttypetxt}}"}, jobType: "unknown"},
	{name: "slot with spaces", p: model.Posting{Title: "Operario", EmploymentType: " {{ job.contract_kind }} "}, jobType: "unknown"},
	{name: "slot named after part-time hours", p: model.Posting{Title: "Cashier", EmploymentType: "{{parttime_label}}"}, jobType: "unknown"},

	{name: "trap: a filled field keeps its reading", p: model.Posting{Title: "Operario", EmploymentType: "Contract"}, jobType: "contract"},
	{name: "trap: a value beside a slot", p: model.Posting{Title: "Operario", EmploymentType: "Part-time {{hours}}"}, jobType: "part_time"},
	{name: "trap: the description still counts", p: model.Posting{Title: "Operario", EmploymentType: "{{type}}", DescriptionText: "This is a full-time position in our plant."}, jobType: "full_time"},
}

func TestTemplatePlaceholderCases(t *testing.T) { runFieldCases(t, templatePlaceholderCases) }
