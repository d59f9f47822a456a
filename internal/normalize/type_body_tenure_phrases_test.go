package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestTenurePhraseType(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"term position", "Research Officer", "This is a two-year term position funded by a national grant.", model.TypeContract},
		{"time-limited post", "Project Officer", "A time-limited post until the end of March.", model.TypeContract},
		{"limited-term appointment", "Lecturer", "The successful candidate will hold a limited-term appointment.", model.TypeContract},
		{"not to exceed", "Park Ranger", "Appointment will not exceed... Temporary duty not to exceed 13 months.", model.TypeContract},
		{"locum", "GP", "Locum cover needed for a busy practice in Kent.", model.TypeContract},
		{"secondment", "Policy Adviser", "Available on secondment for staff in other departments.", model.TypeContract},
		{"per diem opening a line", "Registered Nurse", "Schedule\nPer diem, weekends and holidays as needed.", model.TypeContract},
		{"position is per diem", "Pharmacist", "Position is per diem; weekend coverage required.", model.TypeContract},
		{"per diem label", "Phlebotomist", "Status - Per Diem: days vary by site.", model.TypeUnknown},
		{"gig work", "Courier", "Gig-based work: choose the deliveries you want.", model.TypeProject},
		{"zero hours", "Event Steward", "Offered on a zero-hours contract across the festival season.", model.TypePartTime},
		{"industrial placement", "Engineering Student", "Join our industrial placement and work on live projects.", model.TypeInternship},
		{"graduate programme is left alone", "Finance Graduate", "Start our two-year graduate programme in September.", model.TypeUnknown},
		{"level apprenticeship", "Business Administrator", "A Level 3 apprenticeship with one day a week at college.", model.TypeInternship},
		// traps
		{"long-term position", "Developer", "We want someone for a long-term position on the team.", model.TypeUnknown},
		{"per diem allowance", "Field Engineer", "Travel is reimbursed and a per diem, paid weekly, covers meals.", model.TypeUnknown},
		{"salary not to exceed", "Clerk", "Starting pay not to exceed $22 per hour.", model.TypeUnknown},
		{"gig economy", "Economist", "You will research the gig economy and its workers.", model.TypeUnknown},
		{"senior runs the scheme", "Head of Early Careers", "You will lead the team that runs our graduate programme and manage apprenticeships.", model.TypeUnknown},
		{"manager runs apprenticeship", "Early Careers Programme Manager", "You will oversee a Level 3 apprenticeship for 40 learners.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}

func TestTwoSchedulesJoinedByAnd(t *testing.T) {
	runBodyTypeCases(t, "Store Assistant", []bodyTypeCase{
		{"Full-time and part-time hours available at both stores.", model.TypeFullTime},
		{"Part-time and full-time shifts on offer.", model.TypePartTime},
		// trap: a single schedule followed by "and"
		{"Full-time and fully benefited, with a pension.", model.TypeUnknown},
	})
}
