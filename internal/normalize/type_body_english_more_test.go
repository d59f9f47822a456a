package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestEnglishBodyType(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"internship by length", "Research Assistant", "We offer a four-month internship in our Lisbon lab.", model.TypeInternship},
		{"internship duration label", "UX Designer", "Internship period: September to December", model.TypeInternship},
		{"the intern will", "Marketing Assistant", "The selected intern will help plan two product launches.", model.TypeInternship},
		{"volunteers sought", "Park Helper", "We're seeking friendly volunteers to guide visitors on weekends.", model.TypeVolunteer},
		{"seasonal post", "Ski Technician", "This position is seasonal, December through April.", model.TypeContract},
		{"hiring seasonal staff", "Farm Hand", "We are recruiting seasonal workers for the apple harvest.", model.TypeContract},
		{"temporary with length", "Admin Assistant", "Temporary for six months while we reorganise the office.", model.TypeContract},
		{"job types list with an apprenticeship", "Chef", "Job Types: Full-time, Apprenticeship", model.TypeInternship},
		// traps
		{"manager mentors interns", "Engineering Manager", "The interns will shadow you during the summer.", model.TypeUnknown},
		{"coordinator recruits volunteers", "Volunteer Coordinator", "You will be looking for volunteers to staff our events.", model.TypeUnknown},
		{"supervisor hires seasonal staff", "Warehouse Supervisor", "You will be hiring seasonal staff each autumn.", model.TypeUnknown},
		{"seasonal menu", "Line Cook", "Our seasonal menu changes every quarter.", model.TypeUnknown},
		{"past internship", "Analyst", "A previous 6-month internship in finance is a plus.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
