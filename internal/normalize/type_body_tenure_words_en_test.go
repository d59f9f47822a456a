package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestTenureWordsEN(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"fixed-term with length in brackets", "Lab Technician", "A fixed-term (18 months) post in our genomics unit.", model.TypeContract},
		{"fixed-term secondment", "Policy Lead", "Offered as a nine-month fixed-term secondment.", model.TypeContract},
		{"temporary cover", "Receptionist", "Temporary cover while our receptionist is away.", model.TypeContract},
		{"prn status", "Phlebotomist", "This is a PRN position covering the draw station.", model.TypeContract},
		{"a locum", "Dentist", "We need a locum dentist for August.", model.TypeContract},
		{"seasonal employment", "Groundskeeper", "Seasonal employment from April to October.", model.TypeContract},
		{"freelance and another adjective", "Writer", "A freelance, remote-first role writing docs.", model.TypeContract},
		// traps
		{"trap: fixed-term deposits", "Analyst", "Model rates on fixed-term deposits.", model.TypeUnknown},
		{"trap: prn medication", "Nurse", "Give PRN medication as charted.", model.TypeUnknown},
		{"trap: our locum doctors", "Rota Coordinator", "Book shifts for our locum doctors.", model.TypeUnknown},
		{"trap: seasonal business", "Planner", "Our seasonal business peaks in winter.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
