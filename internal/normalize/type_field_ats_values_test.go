package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestATSFieldValues(t *testing.T) {
	for _, c := range []struct {
		field string
		want  model.JobType
	}{
		{"full", model.TypeFullTime},
		{"Part", model.TypePartTime},
		{"Term", model.TypeContract},
		{"Term NTE 18 months", model.TypeContract},
		{"Term appt., NTE 4 yrs", model.TypeContract},
		{"Direct-Hire", model.TypeFullTime},
		{"Permanent placement", model.TypeFullTime},
		{"Regular Employee", model.TypeFullTime},
		{"Graduate Programme", model.TypeUnknown}, // boards file graduate programmes as full-time jobs
		{"Year In Industry", model.TypeInternship},
		{"Federal Work-Study", model.TypeInternship},
		{"Student Worker", model.TypeInternship},
		{"Limited-Term Appointment", model.TypeContract},
		{"Parental Leave Cover", model.TypeContract},
		{"Secondment", model.TypeContract},
		{"Job share", model.TypePartTime},
		{"Part-time or full-time", model.TypePartTime},
		{"Full time and part time", model.TypeFullTime},
		{"F/T", model.TypeFullTime},
		{"p/t", model.TypePartTime},
		{"Perm - FT", model.TypeFullTime},
		{"Casual On-Call", model.TypePartTime},
		{"Locum Tenens", model.TypeContract},
		{"Traveler", model.TypeContract},
		{"Apprenticeship (Level 2)", model.TypeInternship},
		{"Volunteer Opportunity", model.TypeVolunteer},
		// traps: left to the other readers or unread
		{"Term-time only", model.TypeUnknown},
		{"Terminal operator", model.TypeUnknown},
		{"Fully remote", model.TypeUnknown},
		{"Partner", model.TypeUnknown},
		{"Volunteer Coordinator (Regular)", model.TypeFullTime},
		{"F/T or P/T", model.TypeUnknown},  // only the exact short forms
		{"Graduate", model.TypeInternship}, // the field map's reading, unchanged
		{"temporary / part-time", model.TypeContract},
	} {
		if got := ParseType(c.field, "Team Member", ""); got != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.field, got, c.want)
		}
	}
}
