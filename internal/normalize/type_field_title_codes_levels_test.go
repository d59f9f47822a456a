package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// fieldTitleCodeLevelTypeCases pin field, title and label readers added after the
// twenty-eighth outside round (other projects' job-type tests, kept outside
// the repository), in other words than theirs, each with traps: France
// Travail's contract codes, a seniority level of internship, and thesis
// titles.
var fieldTitleCodeLevelTypeCases = []truthCase{
	// type_france_travail_codes.go
	{name: "france travail temping mission", p: model.Posting{Title: "Cariste (H/F)", EmploymentType: "MIS"}, jobType: "contract"},
	{name: "france travail seasonal", p: model.Posting{Title: "Saisonnier vendanges", EmploymentType: "SAI"}, jobType: "contract"},
	{name: "france travail agency cdi", p: model.Posting{Title: "Soudeur (H/F)", EmploymentType: "DIN"}, jobType: "full_time"},
	{name: "trap: mis inside a longer field", p: model.Posting{Title: "Analyst", EmploymentType: "MIS department"}, jobType: "unknown"},
	{name: "trap: lower-case mis", p: model.Posting{Title: "Analyst", EmploymentType: "mis"}, jobType: "unknown"},
	// type_seniority_level.go
	{name: "seniority level internship over full-time", p: model.Posting{Title: "Product Analyst", EmploymentType: "Full-time", DescriptionText: "Seniority level: Internship\nIndustry: Retail"}, jobType: "internship"},
	{name: "experience level on the next line", p: model.Posting{Title: "Designer", DescriptionText: "Experience level\nInternship\nJob function\nDesign"}, jobType: "internship"},
	{name: "trap: entry level stays", p: model.Posting{Title: "Designer", EmploymentType: "Full-time", DescriptionText: "Seniority level: Entry level\nWe mentor interns too."}, jobType: "full_time"},
	// type_thesis_title.go
	{name: "thesis title", p: model.Posting{Title: "Thesis: Corrosion Testing of Welds"}, jobType: "internship"},
	{name: "master thesis title", p: model.Posting{Title: "Master Thesis Battery Modelling (f/m/d)"}, jobType: "internship"},
	{name: "masterarbeit title", p: model.Posting{Title: "Masterarbeit Antriebstechnik"}, jobType: "internship"},
	{name: "abschlussarbeit title", p: model.Posting{Title: "Abschlussarbeit im Bereich Einkauf"}, jobType: "internship"},
	{name: "trap: thesis advisor", p: model.Posting{Title: "Thesis Advisor, Graduate School"}, jobType: "unknown"},
	{name: "trap: phd thesis post", p: model.Posting{Title: "PhD Thesis in Soil Chemistry"}, jobType: "unknown"},
	{name: "trap: thesis editor contract", p: model.Posting{Title: "Thesis Editor (Contract)"}, jobType: "contract"},
}

func TestFieldTitleCodeLevelTypeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range fieldTitleCodeLevelTypeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
