package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// TestTitleWeekEffort pins effort_title_week.go: a staff post's title with
// a bare count of hours states the week, so the listing is no bounded
// project and its hours are no total. Traps: a piece of work in the title,
// a total stated in the text, shift hours, a count with no staff post.
func TestTitleWeekEffort(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, c := range []struct {
		name, title, text string
		wantType          model.JobType
		wantProject       bool
		wantHours         float64 // the listing's total hours, 0 for none
	}{
		{"full week in brackets", "Pharmacy Manager (38 hours)", "Run a busy community pharmacy.", model.TypeUnknown, false, 0},
		{"after a dash", "Night Supervisor - 36 Hours", "Lead the overnight team.", model.TypeUnknown, false, 0},
		{"week with a duration", "Warehouse Operative (40 hours)", "Cover for 3 weeks over the peak.", model.TypeUnknown, true, 120},
		{"part-time count keeps its type", "Bakery Assistant - 18 Hours", "Bake and serve.", model.TypePartTime, false, 0},

		{"trap: a project's hours", "Inventory Audit Assistant (30 hours)", "Count and reconcile stock.", model.TypeProject, true, 30},
		{"trap: a total in the text", "Office Assistant (35 hours)", "The whole assignment takes 35 hours in total.", model.TypeProject, true, 35},
		{"trap: no staff post", "Brand Illustrations (30 hours)", "Draw six spot illustrations.", model.TypeProject, true, 30},
		{"trap: shift length", "Care Assistant - 12 Hour Shifts", "Days and nights.", model.TypeUnknown, false, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := Normalize(&model.Posting{Title: c.title, DescriptionText: c.text}, opts)
			var hours float64
			if l.Hours != nil {
				hours = l.Hours.Max
			}
			if l.Type != c.wantType || l.ProjectBased != c.wantProject || hours != c.wantHours {
				t.Errorf("type %s, project %v, hours %v; want %s, %v, %v", l.Type, l.ProjectBased, hours, c.wantType, c.wantProject, c.wantHours)
			}
		})
	}
}
