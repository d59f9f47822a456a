package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestWeekendTitleWithAFullWeek(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"forty hours", "Weekend Supervisor", "Permanent post, 40 hours per week including Saturdays.", model.TypeFullTime},
		{"thirty-seven and a half", "Weekend Team Leader", "You will work 37.5 hours a week across Friday to Monday.", model.TypeFullTime},
		// traps
		{"no text", "Weekend Supervisor", "", model.TypePartTime},
		{"short week", "Weekend Supervisor", "Contract of 16 hours per week, Saturday and Sunday.", model.TypePartTime},
		{"no hours", "Weekend Receptionist", "Cover the front desk on Saturdays and Sundays.", model.TypePartTime},
		{"casual staff keeps part", "Casual Bar Staff", "Shifts of 8 hours per day as needed.", model.TypePartTime},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
