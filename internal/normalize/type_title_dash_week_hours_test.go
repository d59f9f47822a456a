package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Part or full time written with an en or em dash or a spaced hyphen in a
// title, full and part time named together with the first "time" left
// out, and a week of hours written "hrs p/w" or "hrs per wk" in a text.
func TestTitleDashSpellingsAndWeekAbbreviations(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"en dash part", "Cashier \u2013 Part\u2013Time", "", model.TypePartTime},
		{"em dash part", "Kitchen Porter Part\u2014Time", "", model.TypePartTime},
		{"spaced hyphen part", "Barista Part - Time", "", model.TypePartTime},
		{"en dash full", "Warehouse Operative Full\u2013Time", "", model.TypeFullTime},
		{"full and part elided", "Shop Floor Colleague Full & Part Time", "", model.TypeFullTime},
		{"full slash part elided", "Bar Staff Full/Part-Time", "", model.TypeFullTime},
		{"full or part elided", "Pharmacy Assistant - Full or Part Time", "", model.TypeFullTime},
		{"hrs p/w", "Store Colleague", "Shifts offered: 37hrs p/w; Monday to Friday.", model.TypeFullTime},
		{"hrs per wk", "Store Colleague", "Contract of 39 hrs per wk, rota based.", model.TypeFullTime},
		{"hours pw", "Store Colleague", "Role is 40 hours pw across five days.", model.TypeFullTime},
		// traps
		{"party time", "Party Time Host", "", model.TypeUnknown},
		{"counterpart", "Counterpart - Time Zone Coordinator", "", model.TypeUnknown},
		{"part timer word", "Part-Timers Club Organiser", "", model.TypeUnknown},
		{"full and partial", "Full & Partial Refunds Analyst", "", model.TypeUnknown},
		{"short week p/w", "Store Colleague", "Shifts offered: 8hrs p/w on Saturdays.", model.TypeUnknown},
		{"decimal short week", "Store Colleague", "Shifts offered: 5.50hrs p/w; Wed 10:00 - 16:00", model.TypeUnknown},
		{"hours per weekend", "Store Colleague", "Around 40 hours per weekend event season.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}

// A staff post's title stating its week as a range of hours is not a
// bounded project; a piece of work with a range of hours still is.
func TestTitleWeekRangeIsNotAProject(t *testing.T) {
	for _, c := range []struct {
		title   string
		project bool
	}{
		{"Home Delivery Driver (Permanent 30-35 Hours)", false},
		{"Care Assistant 16 - 24 hrs", false},
		{"Night Cleaner 20 to 25 hours", false},
		// traps: a piece of work, and a count that is not a range
		{"Survey Project (20-30 hours)", true},
	} {
		p := model.Posting{Source: "t", ExternalID: c.title, Title: c.title}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if got := l.Type == model.TypeProject; got != c.project {
			t.Errorf("%q: type %s, project %v, want project %v", c.title, l.Type, got, c.project)
		}
	}
}

func TestTitleHoursRange(t *testing.T) {
	for _, c := range []struct {
		title  string
		lo, hi float64
		want   bool
	}{
		{"Driver (Permanent 30-35 Hours)", 30, 35, true},
		{"Carer 16 \u2013 24 hrs", 16, 24, true},
		{"Cleaner 20 to 25 hours", 20, 25, true},
		{"Advisor 37.5 - 40 hours", 37.5, 40, true},
		{"Driver 130-35 Hours", 30, 35, false},
		{"Driver 30 hours, 35 days", 30, 35, false},
	} {
		if got := titleHoursRange(c.title, c.lo, c.hi); got != c.want {
			t.Errorf("titleHoursRange(%q, %v, %v) = %v, want %v", c.title, c.lo, c.hi, got, c.want)
		}
	}
}
