package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Hours named in the sentence that asks for the worker (type_body_hours_terms.go).
func TestSoughtTerm(t *testing.T) {
	cases := []struct {
		text string
		want model.JobType
	}{
		{"The bakery is hiring a reliable, part-time counter assistant for weekends.", model.TypePartTime},
		{"We invite applications for an experienced full-time Minnesota licensed massage therapist.", model.TypeFullTime},
		{"Our studio is seeking a fulltime ceramics instructor.", model.TypeFullTime},
		{"We are looking for a full-time or part-time barista.", model.TypeUnknown},
		{"Our full-time staff enjoy free parking.", model.TypeUnknown},
		{"We are recruiting a seasonal or part-time gardener.", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := soughtTermType(c.text); got != c.want {
			t.Errorf("soughtTermType(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// A classification list and a header run into the text (type_body_hours_terms.go).
func TestStatusAndZipTerm(t *testing.T) {
	cases := []struct {
		text string
		want model.JobType
	}{
		{"Registrar's Office Non-Exempt, Regular, Part-Time, Grade 4 Springfield, IL", model.TypePartTime},
		{"Library Services | Permanent | Full-time | Band 6", model.TypeFullTime},
		{"Walk-in interviews Tuesday Tacoma, WA 98402 Part-time Our depot needs a driver.", model.TypePartTime},
		{"Regular attendance is expected of every employee.", model.TypeUnknown},
		{"Reach us at PO Box 98402 about full-time openings.", model.TypeUnknown},
		{"Front desk cover for a dental office.\nHours: 16 hrs/week\nRate: $19/hr", model.TypePartTime},
		{"Hours: 12.5 per week, Saturdays", model.TypePartTime},
		{"Hours: 18hrs/weekPay: $21/hr", model.TypePartTime},
		{"Hours: 20-40 per week depending on season", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := bodyHoursTermType(c.text); got != c.want {
			t.Errorf("bodyHoursTermType(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
