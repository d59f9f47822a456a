package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

func TestCountWeekdays(t *testing.T) {
	for _, c := range []struct {
		list string
		want int
	}{
		{"Mon-Wed", 3},
		{"Monday to Friday", 5},
		{"Tuesdays and Thursdays", 2},
		{"Wed, Thu & Fri", 3},
		{"Monday through Thursday", 4},
		{"Tue–Wed", 2},
		{"Fri", 1},
	} {
		if got := countWeekdays(c.list); got != c.want {
			t.Errorf("%q: got %d, want %d", c.list, got, c.want)
		}
	}
}

// A weekday office schedule decides a listing's work mode; opening hours,
// interviews and a five-day week do not make it hybrid.
func TestOfficeWeekdaysMode(t *testing.T) {
	for _, c := range []struct {
		text string
		want model.Remote
	}{
		{"The team meets in our Glasgow office Mondays and Wednesdays; the rest of the week is yours to work from home.", model.RemoteHybrid},
		{"Schedule: Mon-Wed in office, Thursday and Friday from home.", model.RemoteHybrid},
		{"You'll be on-site Tuesday through Thursday at the Dayton plant.", model.RemoteHybrid},
		{"Office days: Tuesday and Friday.", model.RemoteHybrid},
		{"Expect to be in the office Wednesday, with optional visits otherwise.", model.RemoteHybrid},
		{"You will work in the office Monday to Friday, 9 to 5.", model.RemoteOnsite}, // five days in the office: on-site (remote_office_week_ahead.go)
		{"Our office is open Tuesday to Thursday for walk-in appointments.", model.RemoteUnknown},
		{"Wedding planners and fridge technicians welcome.", model.RemoteUnknown},
	} {
		p := model.Posting{Source: "t", ExternalID: "w", Title: "Coordinator", DescriptionText: c.text}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if l.Remote != c.want {
			t.Errorf("%q: got %s (%s), want %s", c.text, l.Remote, l.RemoteEvidence, c.want)
		}
	}
}

// Weekday lists that are no work schedule.
func TestOfficeWeekdaysTraps(t *testing.T) {
	for _, text := range []string{
		"Interviews take place in our office on Wednesday and Thursday.",
		"Our front desk is in the office Tuesday to Thursday, opening hours 10 to 4.",
		"Deliveries arrive on-site Monday and Friday.",
		"In the office Monday through Friday.",
	} {
		if loc := officeWeekdaysHybrid(text); loc != nil {
			t.Errorf("%q: read a hybrid schedule %q", text, text[loc[0]:loc[1]])
		}
	}
}
