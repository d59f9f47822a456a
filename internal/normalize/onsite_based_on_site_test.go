package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// basedOnSiteCases pin basedOnSite, with traps where "based on site"
// starts another phrase.
var basedOnSiteCases = []truthCase{
	{name: "ends the sentence", p: model.Posting{Title: "Maintenance Planner",
		DescriptionText: "The position is based on site. You will plan shutdowns with the crews."}, remote: "onsite"},
	{name: "a place follows", p: model.Posting{Title: "Quality Inspector",
		DescriptionText: "You will be based on site at our Hull plant and report to the QA lead."}, remote: "onsite"},
	{name: "a schedule follows", p: model.Posting{Title: "Lab Assistant",
		DescriptionText: "The team is based on site five days a week."}, remote: "onsite"},
	{name: "end of text", p: model.Posting{Title: "Store Supervisor",
		DescriptionText: "Shifts rotate weekly and this job is based on site"}, remote: "onsite"},
	{name: "trap: pay based on site results", p: model.Posting{Title: "Area Manager",
		DescriptionText: "Your bonus is based on site results each quarter."}, remote: "unknown"},
	{name: "trap: a list after a comma", p: model.Posting{Title: "Technician",
		DescriptionText: "Salary is based on site, experience and certifications."}, remote: "unknown"},
	{name: "trap: decisions based on site data", p: model.Posting{Title: "Analyst",
		DescriptionText: "You will make decisions based on site data and reports."}, remote: "unknown"},
	{name: "trap: remote role with site visits", p: model.Posting{Title: "Surveyor",
		DescriptionText: "Fully remote role; travel is based on site visits twice a year."}, remote: "remote"},
}

func TestBasedOnSiteCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range basedOnSiteCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
