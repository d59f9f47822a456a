package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestScheduleHoursType(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"weekly hours", "Stores Clerk", "You will work 37.5 hours per week at the Hull depot.", model.TypeFullTime},
		{"average hours monday to friday", "Van Driver", "Working Hours39 (average) hours Monday to Friday, with one Saturday a month", model.TypeFullTime},
		{"day span with weekdays", "Lettings Assistant", "Hours:  Monday to Friday 9:00am to 5:30pm, alternate Saturdays 9am to 12pm", model.TypeFullTime},
		{"day span, hours are", "Team Secretary", "Hours are 8.30am-5pm with an hour for lunch.", model.TypeFullTime},
		{"glued label", "Negotiator", "Salary: up to £31,000 OTEHours: Monday to Friday 8:30am to 5:30pm", model.TypeFullTime},
		// traps
		{"short week", "Tutor", "$24/hour, 12 hours a week.", model.TypeUnknown},
		{"office hours", "Clinic Admin", "Patients may call during office hours 9am to 5pm.", model.TypeUnknown},
		{"service hours", "Agent", "Customer service hours: Monday to Friday 8am to 6pm.", model.TypeUnknown},
		{"store hours", "Stylist", "Store hours 9am to 8pm, seven days.", model.TypeUnknown},
		{"short day", "Lunch Assistant", "Shift: 11am to 2pm on school days.", model.TypeUnknown},
		{"hours of training", "Analyst", "Salary: $88,000. 40 hours of training in your first month.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
	if got := clockMinutes("8:45am", 0, 1, 2, 4, false); got != 8*60+45 {
		t.Errorf("clockMinutes(8:45am) = %d", got)
	}
	if got := clockMinutes("12pm", 0, 2, -1, -1, true); got != 12*60 {
		t.Errorf("clockMinutes(12pm) = %d", got)
	}
}
