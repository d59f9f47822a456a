package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// newGradTitleCases pin type_title_new_grad.go. Traps: an intern title
// with the tag, a part-time title with the tag, staff who hire or coach
// graduates, a tag inside a word, a stated field that decides.
var newGradTitleCases = []truthCase{
	{name: "tag after a comma", p: model.Posting{Title: "Data Engineer, New Grad"}, jobType: "full_time"},
	{name: "tag opening the title", p: model.Posting{Title: "New Graduate Embedded Developer"}, jobType: "full_time"},
	{name: "tag in brackets with a year", p: model.Posting{Title: "Platform Engineer (New Grad 2027)"}, jobType: "full_time"},
	{name: "tag after a dash", p: model.Posting{Title: "Mobile Developer - New-Grad"}, jobType: "full_time"},

	{name: "trap: intern with the tag", p: model.Posting{Title: "New Grad Intern, Data Platform"}, jobType: "internship"},
	{name: "trap: part-time with the tag", p: model.Posting{Title: "Part-Time Tutor, New Grads Welcome"}, jobType: "part_time"},
	{name: "trap: recruiter for graduates", p: model.Posting{Title: "Recruiter, New Grad Hiring"}, jobType: "unknown"},
	{name: "trap: programme manager", p: model.Posting{Title: "New Grad Program Manager"}, jobType: "unknown"},
	{name: "trap: no tag", p: model.Posting{Title: "Graduate Teaching Assistant"}, jobType: "unknown"},
	{name: "trap: contract field decides", p: model.Posting{Title: "QA Engineer, New Grad", EmploymentType: "Contract"}, jobType: "contract"},
}

func TestNewGradTitleCases(t *testing.T) { runFieldCases(t, newGradTitleCases) }
