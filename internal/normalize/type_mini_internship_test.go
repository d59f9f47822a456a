package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestTypeMiniInternship(t *testing.T) {
	cases := []struct {
		name, emp, title, text string
		want                   model.JobType
	}{
		{"field mini", "Mini-Internship", "Brand Research Helper", "", model.TypeMicroInternship},
		{"field mini paid by hour", "mini internship (paid hourly)", "Survey Analyst", "", model.TypeMicroInternship},
		{"field mini flat fee", "Mini Internships - flat fee", "Deck Designer", "", model.TypeMicroInternship},
		{"field micro", "Micro Internship", "Spreadsheet Cleanup", "", model.TypeMicroInternship},
		{"title mini", "", "Mini Internship: Podcast Show Notes", "", model.TypeMicroInternship},
		{"plain internship field stays", "Internship", "Campus Helper", "", model.TypeInternship},
		{"mini in another word", "Full Time", "Minister Assistant", "", model.TypeFullTime},
		{"minimum is not mini", "Part Time", "Minimum Wage Cashier", "", model.TypePartTime},
	}
	for _, c := range cases {
		if got := ParseType(c.emp, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %q, want %q", c.name, c.emp, c.title, got, c.want)
		}
	}
}
