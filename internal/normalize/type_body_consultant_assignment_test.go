package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestConsultantAssignment(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"individual consultant needed", "Evaluation Expert", "An individual consultant needed to assess the water programme.", model.TypeContract},
		{"independent consultant sought", "Gender Specialist", "An independent consultant is sought to draft the baseline study.", model.TypeContract},
		{"external consultants wanted", "Trainer", "External consultants wanted for a series of workshops.", model.TypeContract},
		{"hired short assignment", "Translator", "One translator will be hired for a short assignment in Geneva.", model.TypeContract},
		{"needed short-term assignment", "Surveyor", "Two surveyors needed for a short-term assignment on the coast.", model.TypeContract},
		{"sentence opens short-term", "Data Clerk", "Short-term assignment of eight weeks. Start in May.", model.TypeContract},
		{"this is a short-term", "Archivist", "This is a short-term assignment covering a leave.", model.TypeContract},
		// a consultant title over a permanent post is staff (consultantStaffTitle, type_title_load.go)
		{"consultant title, permanent post", "Associate Consultant", "Permanent full-time role in our advisory team.", model.TypeFullTime},
		{"consultant title, permanent role said", "Senior Consultant - Risk", "This is a permanent position based in Leeds.", model.TypeFullTime},
		{"consultant title, no tenure said", "IT Consultant", "You will advise clients on cloud migrations.", model.TypeContract},
		{"freelance consultant, permanent client", "Freelance Consultant", "Support our permanent placement desk.", model.TypeContract},
		// traps
		{"consultancy staff", "Associate", "You will work as a consultant with our clients in banking.", model.TypeUnknown},
		{"consultant team", "Analyst", "Our consultant team is growing across Europe.", model.TypeUnknown},
		{"denied consultant", "Engineer", "No external consultant is needed; the role is in-house.", model.TypeUnknown},
		{"need not apply", "Accountant", "Independent consultants need not apply.", model.TypeUnknown},
		{"assignments as a perk", "Engineer", "We offer opportunities for short-term assignments abroad.", model.TypeUnknown},
		{"assignment plural perk", "Manager", "Staff may take short assignments in other offices.", model.TypeUnknown},
		{"consultant required policy", "Architect", "External consultants are required to sign our code of conduct.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
