package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Student and early-career wording: a short project-based internship, a
// student placement named in the title or the text, a role that runs
// apprenticeships or placements, a role that supervises students, a
// full-time post with a pay word after the comma, and a half-time or
// weekly load named as the post (jobtype.go, type_body_tenure_phrases.go,
// type_body_roles_stated.go, type_body_kind_mode_role.go,
// type_body_load_permanent_hire.go).
func TestStudentPlacementsAndLoads(t *testing.T) {
	cases := []struct {
		name, field, title, text string
		want                     model.JobType
	}{
		{"short project-based internship", "", "Survey Coding", "A short-term project-based internship for sophomores; about a dozen hours.", model.TypeMicroInternship},
		{"short paid project-based internship", "", "Survey Coding", "We offer short-term, paid, project-based internships to students.", model.TypeMicroInternship},
		{"trap: project-based work alone", "", "Survey Coding", "Our team does project-based work for museums.", model.TypeProject},
		{"summer placement title", "", "Summer Placement - Audit", "", model.TypeInternship},
		{"undergraduate placement title", "", "Undergraduate Placement (Operations)", "", model.TypeInternship},
		{"sandwich year title", "", "Sandwich Year - Electronics", "", model.TypeInternship},
		{"sandwich year placement title", "", "Sandwich Year Placement: Tax", "", model.TypeInternship},
		{"trap: media placement", "", "Media Placement Specialist", "", model.TypeUnknown},
		{"trap: placement officer", "Full-time", "Student Placement Officer", "", model.TypeFullTime},
		{"trap: placements coordinator", "", "Work Placements Coordinator", "", model.TypeUnknown},
		{"trap: apprenticeship manager", "Permanent", "Apprenticeship Programme Manager", "", model.TypeFullTime},
		{"trap: head of apprenticeships", "Full time", "Head of Apprenticeships", "", model.TypeFullTime},
		{"apprentice title still read", "", "Apprentice Joiner", "", model.TypeInternship},
		{"this placement year", "", "Lab Technician", "This twelve-month placement year suits a second-year chemist.", model.TypeInternship},
		{"this sandwich placement", "", "Lab Technician", "This sandwich placement runs from July to June.", model.TypeInternship},
		{"trap: placements named, no post", "", "Lab Technician", "Many of our chemists joined after a sandwich year elsewhere.", model.TypeUnknown},
		{"trap: supervises co-op students", "", "Plant Lead", "Full-time role. You will supervise three co-op students each term.", model.TypeFullTime},
		{"trap: mentors our interns", "", "Design Lead", "This is a full-time position; mentoring our interns is part of it.", model.TypeFullTime},
		{"co-op students still read", "", "Plant Helper", "We welcome co-op students for the spring term.", model.TypeInternship},
		{"full time comma paid", "", "Associate", "Our residency is a full-time, paid position for new engineers.", model.TypeFullTime},
		{"full time comma salaried", "", "Associate", "It is a full-time, salaried role in the finance team.", model.TypeFullTime},
		{"trap: full time comma paid internship", "", "Associate", "This is a full-time, paid internship over the summer.", model.TypeInternship},
		{"half-time with hours in brackets", "", "Lab Aide", "A half-time (twenty hours weekly) assistantship with a fee waiver.", model.TypePartTime},
		{"half-time appointment", "", "Lab Aide", "This is a half-time appointment for the academic year.", model.TypePartTime},
		{"hours per week assistantship", "", "Lab Aide", "We fund a 15-hour-a-week research assistantship.", model.TypePartTime},
		{"hours per week position", "", "Lab Aide", "The 12 hour per week position starts in March.", model.TypePartTime},
		{"trap: half-time show", "", "Stage Hand", "Help the crew set up the half-time show.", model.TypeUnknown},
		{"trap: forty hours a week", "", "Stage Hand", "The 40 hour per week position starts in March.", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %q, want %q", c.name, c.field, c.title, c.text, got, c.want)
		}
	}
}

// A summer job named in the title or as the post in the text is seasonal
// work, filed as contract as the "Summer Jobs" field is; an internship
// paid a stipend for the whole of a term longer than six weeks stays an
// internship (jobtype.go, normalize.go isMicro).
var summerTermCases = []truthCase{
	{name: "summer job title", p: model.Posting{Title: "Summer Job: Pool Attendant"}, jobType: "contract"},
	{name: "summer jobs title", p: model.Posting{Title: "Summer Jobs at the Marina"}, jobType: "contract"},
	{name: "summer job opening the text", p: model.Posting{Title: "Ice Cream Server", DescriptionText: "Summer job on the boardwalk, June to September."}, jobType: "contract"},
	{name: "this is a summer job", p: model.Posting{Title: "Ice Cream Server", DescriptionText: "Scoop and serve on the pier. This is a summer job for local teens."}, jobType: "contract"},
	{name: "trap: a past summer job", p: model.Posting{Title: "Ice Cream Server", DescriptionText: "Tell us about your last summer job when you apply."}, jobType: "unknown"},
	{name: "stipend for a long term", p: model.Posting{Title: "Archive Internship", DescriptionText: "Interns receive a $4,000 stipend for the twelve-week internship."}, jobType: "internship"},
	{name: "trap: stipend for a short term", p: model.Posting{Title: "Archive Internship", DescriptionText: "Interns receive a $600 stipend for the two-week internship."}, jobType: "micro_internship"},
}

func TestSummerJobsAndStipendTerms(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range summerTermCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
