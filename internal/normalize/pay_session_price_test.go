package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Paid sessions and one-off pieces of work priced whole
// (pay_session_price.go). The strings are this project's own.
func TestSessionPricePay(t *testing.T) {
	cases := []taskPriceCase{
		{"beta test title", "Tablet Beta Test", "$12.00", "Try the new stylus and tell us what broke.", 12, 12, "USD", model.UnitProject, model.TypeProject},
		{"usability study", "Checkout Usability Study", "$35", "Share your screen while you shop.", 35, 35, "USD", model.UnitProject, model.TypeProject},
		{"survey with year", "Diet Habits Survey 2025", "$3.25", "A short set of questions about meals.", 3.25, 3.25, "USD", model.UnitProject, model.TypeProject},
		{"feedback title", "Podcast Feedback", "€5", "Listen to one episode and rate it.", 5, 5, "EUR", model.UnitProject, model.TypeProject},
		{"trial title", "Earbuds Home Trial", "£9", "Wear them for a week.", 9, 9, "GBP", model.UnitProject, model.TypeProject},
		{"campaign range", "Autumn Knitwear Campaign", "$1,500 - $4,500", "Three posts and one short video for our new line.", 1500, 4500, "USD", model.UnitProject, model.TypeProject},
		{"length-only text", "Memory Game", "$15", "40 mins", 15, 15, "USD", model.UnitProject, model.TypeProject},
		{"length range in weeks", "Refresh a bakery's logo", "₹30k–₹45k", "3–5 weeks", 30000, 45000, "INR", model.UnitProject, model.TypeProject},
		{"length in days", "Smart Lamp Review", "$20", "5 Days", 20, 20, "USD", model.UnitProject, model.TypeProject},
		{"audit opens a task", "Audit Library Ramps", "$45 + 200 points", "", 45, 45, "USD", model.UnitProject, model.TypeProject},
		// Traps: roles keep the size's reading; a written period stays; a
		// longer description is not a bare length.
		{"role ending", "Survey Technician", "$26", "", 26, 26, "USD", model.UnitHour, model.TypeUnknown},
		{"test role", "Software Test Engineer", "$55", "", 55, 55, "USD", model.UnitHour, model.TypeUnknown},
		{"period written", "Kitchen Gadget Test", "$18/hour", "", 18, 18, "USD", model.UnitHour, model.TypeUnknown},
		{"length in a sentence", "Memory Game", "$15", "Shifts last 40 mins and repeat daily.", 15, 15, "USD", model.UnitHour, model.TypeUnknown},
		{"test not the head", "Test Kitchen Cook", "$21", "", 21, 21, "USD", model.UnitHour, model.TypeUnknown},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkTaskPrice(t, c) })
	}
}

// A multiplier suffix gives a whole amount, not a float's remainder.
func TestMultiplierWholeAmount(t *testing.T) {
	cases := []struct {
		text string
		want float64
	}{
		{"1.1L", 110000}, {"2.3k", 2300}, {"1.7k", 1700}, {"4.1L", 410000},
	}
	for _, c := range cases {
		l := Normalize(&model.Posting{Title: "Redesign a menu card", PayText: "₹" + c.text}, Options{})
		if l.Pay == nil || l.Pay.Max != c.want {
			t.Errorf("₹%s: got %+v, want %v", c.text, l.Pay, c.want)
		}
	}
}

func TestSessionTitleShapes(t *testing.T) {
	yes := []string{"Sleep Tracker Trial", "Grocery App Usability Test", "Commute Survey 2026", "Reading Habits Study", "Logo Bounty"}
	no := []string{"Survey", "Test Engineer Lead", "Clinical Trial Coordinator", "Survey Crew Member", "Feedback Analyst"}
	for _, s := range yes {
		if !sessionTitle(s) {
			t.Errorf("sessionTitle(%q) = false", s)
		}
	}
	for _, s := range no {
		if sessionTitle(s) {
			t.Errorf("sessionTitle(%q) = true", s)
		}
	}
	for _, s := range []string{"45 mins", "7 Days", "4–6 weeks", "~ 20 minutes", "2 hrs."} {
		if !lengthOnlyText(s) {
			t.Errorf("lengthOnlyText(%q) = false", s)
		}
	}
	for _, s := range []string{"Days", "45 mins of fun", "weekly", "3 weeks notice required"} {
		if lengthOnlyText(s) {
			t.Errorf("lengthOnlyText(%q) = true", s)
		}
	}
}
