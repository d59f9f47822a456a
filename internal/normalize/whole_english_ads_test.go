package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Whole English ads (pay_range_notes.go, remote_role_body_shapes.go,
// type_field_both_hours_part_title.go). The sentences are written for this table.
var englishAdCases = []truthCase{
	// A worded note between the two ends of a range.
	{name: "notes after each end", p: model.Posting{Title: "Support Lead", DescriptionText: "Pay: the base range is $52,000 (starting) – $61,000 (senior), plus bonus."}, pay: "52000 61000 USD year"},
	{name: "note before a 'to' range", p: model.Posting{Title: "Designer", DescriptionText: "We pay $40k (junior) to $55k a year for this role."}, pay: "40000 55000 USD year"},
	{name: "hyphenated note, hourly", p: model.Posting{Title: "Tutor", DescriptionText: "Hourly rate $21 (first-year) - $27 (returning) per hour."}, pay: "21 27 USD hour"},
	// Virtual-first, a slash between hours and mode, a hiring sentence.
	{name: "virtual-first company", p: model.Posting{Title: "Growth Analyst", DescriptionText: "Bramble is a virtual-first company, so you can live where you like within our hiring states."}, remote: "remote"},
	{name: "distributed-first team", p: model.Posting{Title: "Editor", DescriptionText: "We are a distributed-first team of twelve."}, remote: "remote"},
	{name: "hours slash remote", p: model.Posting{Title: "Data Engineer", DescriptionText: "Part-time/Remote role supporting our analytics team."}, remote: "remote"},
	{name: "remote slash contract", p: model.Posting{Title: "QA Tester", DescriptionText: "Terms: Remote / Contract, six months."}, remote: "remote"},
	{name: "seeking a remote named role", p: model.Posting{Title: "Sales Rep", DescriptionText: "We are seeking a remote Sales Representative in Kenya. Shift: evenings."}, remote: "remote"},
	{name: "trap: hiring remote workers is no role", p: model.Posting{Title: "Ops Manager", DescriptionText: "Our platform helps firms keep hiring remote workers across time zones."}, remote: "unknown"},
	{name: "trap: not a virtual-first firm", p: model.Posting{Title: "Accountant", DescriptionText: "Acme is not a virtual-first company."}, remote: "unknown"},
	// A field naming both hours under a part-time title.
	{name: "both hours field, part-time title", p: model.Posting{Title: "Survey Caller - Part Time", EmploymentType: "Full-time and Part-time"}, jobType: "part_time"},
	{name: "both hours field, untagged title keeps the field", p: model.Posting{Title: "Survey Caller", EmploymentType: "Full-time and Part-time"}, jobType: "full_time"},
}

func TestEnglishAdCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range englishAdCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

var dollarPlaceCases = []truthCase{
	{name: "dollar under mixed zones stays USD", p: model.Posting{Title: "Support Engineer", Locations: []string{"Europe", "Canada", "Brazil"}, PayText: "$50k - $70k"}, pay: "50000 70000 USD year"},
	{name: "dollar under a Canadian place alone stays CAD", p: model.Posting{Title: "Line Cook", Locations: []string{"Calgary, AB, Canada"}, PayText: "$19 - $22 per hour"}, pay: "19 22 CAD hour"},
}

func TestDollarPlaceCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range dollarPlaceCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
