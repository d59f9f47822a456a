package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A four-day office floor with no day away named, and the near misses.
// Written in our own words.
func TestRemoteOfficeFloorFour(t *testing.T) {
	runPostingModeCases(t, []postingModeCase{
		{"on site at least four days", model.Posting{Title: "Ops Lead", DescriptionText: "Munich based, on site at least 4 days per week."}, model.RemoteOnsite},
		{"a minimum of four office days", model.Posting{Title: "Planner", DescriptionText: "You will be in our Leeds office a minimum of four days a week."}, model.RemoteOnsite},
		{"floor before the office", model.Posting{Title: "Designer", DescriptionText: "Expect at least four days a week in the office."}, model.RemoteOnsite},
		{"past the guard", model.Posting{Title: "Ops Lead", DescriptionText: shopsPad + "This role is in-office at least 4 days/week."}, model.RemoteOnsite},
		// traps: an exact count, a lower floor, a ceiling, a day away named
		{"trap: four days exactly", model.Posting{Title: "Planner", DescriptionText: "The team spends 4 days a week in our Leeds office."}, model.RemoteHybrid},
		{"trap: a floor of three", model.Posting{Title: "Planner", DescriptionText: "On site at least 3 days a week."}, model.RemoteHybrid},
		{"trap: a ceiling of four", model.Posting{Title: "Planner", DescriptionText: "In the office up to 4 days a week."}, model.RemoteHybrid},
		{"trap: a home day in the sentence", model.Posting{Title: "Planner", DescriptionText: "In the office at least four days a week, Fridays from home."}, model.RemoteHybrid},
		{"trap: hybrid said elsewhere", model.Posting{Title: "Planner", DescriptionText: "This is a hybrid role. On site at least 4 days a week."}, model.RemoteHybrid},
	})
}
