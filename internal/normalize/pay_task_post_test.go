package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Task posts price the whole task with a bare amount (pay_task_post.go).
// The strings are this project's own.
func TestTaskPostPay(t *testing.T) {
	cases := []taskPriceCase{
		{"imperative with article", "Hang a mirror in the hallway", "$35", "", 35, 35, "USD", model.UnitProject, ""},
		{"imperative with number", "Carry 4 crates to the attic", "$40", "", 40, 40, "USD", model.UnitProject, ""},
		{"imperative bare noun", "Repair squeaky garden gate", "£60", "", 60, 60, "GBP", model.UnitProject, ""},
		{"help with gerund", "Help loading a van", "$70", "", 70, 70, "USD", model.UnitProject, ""},
		{"help with", "Help with spring cleaning", "€80", "", 80, 80, "EUR", model.UnitProject, ""},
		{"deep clean", "Deep clean studio flat", "$90", "", 90, 90, "USD", model.UnitProject, ""},
		{"help needed ending", "Gutter help needed", "$55", "", 55, 55, "USD", model.UnitProject, ""},
		{"bracketed hours", "Cat sitting (2 hours)", "$30", "", 30, 30, "USD", model.UnitProject, ""},
		{"minutes in title", "Water plants 15 minutes", "$8", "", 8, 8, "USD", model.UnitProject, ""},
		{"project head", "Photo sorting project - 10 hours", "$120", "", 120, 120, "USD", model.UnitProject, ""},
		{"large range on task", "Build a booking website", "$2,000 - $3,500", "", 2000, 3500, "USD", model.UnitProject, ""},
		{"yen task", "Clean a two-room flat", "¥15,000", "", 15000, 15000, "JPY", model.UnitProject, ""},
		{"ampersand second word", "Print & fold 50 leaflets", "$18", "", 18, 18, "USD", model.UnitProject, ""},
		// Traps: roles keep the size's reading; a stated period stays.
		{"role after verb", "Build Engineer", "$60", "", 60, 60, "USD", model.UnitHour, ""},
		{"role at end", "Paint Shop Supervisor", "$28", "", 28, 28, "USD", model.UnitHour, ""},
		{"help desk role", "Help Desk Analyst", "$24", "", 24, 24, "USD", model.UnitHour, ""},
		{"plain job title", "Warehouse Associate", "$19", "", 19, 19, "USD", model.UnitHour, ""},
		{"period stated", "Walk two dogs daily", "$20/hour", "", 20, 20, "USD", model.UnitHour, ""},
		{"project manager role", "Project Manager", "$45", "", 45, 45, "USD", model.UnitHour, ""},
		{"minutes away is a distance", "Feed ducks, 5 minutes from the station", "$9", "", 9, 9, "USD", model.UnitProject, ""},
		{"minutes from campus role", "Barista, 10 minutes from campus", "$15.50", "", 15.5, 15.5, "USD", model.UnitHour, ""},
		{"minutes at a time", "Dog feeding 10 minutes at noon", "$7", "", 7, 7, "USD", model.UnitProject, ""},
		{"project ending a title", "Summer Research Project", "$18", "", 18, 18, "USD", model.UnitHour, ""},
		{"verb alone", "Design", "$40", "", 40, 40, "USD", model.UnitHour, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkTaskPrice(t, c) })
	}
}

// taskPriceCase is a title and pay field with the pay (and, where typ is
// set, the job type) Normalize must read from them.
type taskPriceCase struct {
	name, title, pay, text string
	min, max               float64
	cur                    string
	unit                   model.PayUnit
	typ                    model.JobType
}

func checkTaskPrice(t *testing.T, c taskPriceCase) {
	t.Helper()
	l := Normalize(&model.Posting{Title: c.title, PayText: c.pay, DescriptionText: c.text}, Options{})
	p := l.Pay
	if p == nil {
		t.Fatalf("no pay for %q", c.pay)
	}
	if p.Min != c.min || p.Max != c.max || p.Currency != c.cur || p.Unit != c.unit {
		t.Errorf("%q under %q: got %v-%v %s %s, want %v-%v %s %s", c.pay, c.title, p.Min, p.Max, p.Currency, p.Unit, c.min, c.max, c.cur, c.unit)
	}
	if c.typ != "" && l.Type != c.typ {
		t.Errorf("type of %q: got %s, want %s", c.title, l.Type, c.typ)
	}
}

// A dollar sign with a Caribbean dollar's code after the amount.
func TestDollarCodeAfterPay(t *testing.T) {
	cases := []struct{ pay, cur string }{
		{"$1,200 TTD", "TTD"},
		{"$900 JMD", "JMD"},
		{"$40 BBD", "BBD"},
		{"$1,200 USD", "USD"},
		{"$1,200 TTDX", "USD"},
	}
	for _, c := range cases {
		l := Normalize(&model.Posting{Title: "Sort files", PayText: c.pay}, Options{})
		if l.Pay == nil || l.Pay.Currency != c.cur {
			t.Errorf("%q: got %+v, want currency %s", c.pay, l.Pay, c.cur)
		}
	}
}
