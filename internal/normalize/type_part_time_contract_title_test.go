package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Titles with part-time hours before a contract noun, in our own words, and
// traps that keep their old reading.
func TestPartTimeContractTitle(t *testing.T) {
	cases := []struct {
		name, field, title, text string
		want                     model.JobType
	}{
		{"hours then contractor", "", "Part-time Contractor, Payroll", "", model.TypePartTime},
		{"hours then contract then role", "", "Part time contract gardener", "", model.TypePartTime},
		{"glued hours word", "", "Parttime Contractors for Events", "", model.TypePartTime},
		{"trap: contract before hours", "", "Contract, part time - Welder", "", model.TypeContract},
		{"trap: full-time contractor", "", "Full-time Contractor, Payroll", "", model.TypeContract},
		{"trap: hours or contract", "", "Welder (part-time or contract)", "", model.TypeContract},
		{"trap: contractor alone", "", "Data Contractor", "", model.TypeContract},
		{"trap: a contract field wins over the title", "Contract", "Part-time Contractor, Payroll", "", model.TypeContract},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %q, want %q", c.name, c.field, c.title, c.text, got, c.want)
		}
	}
}
