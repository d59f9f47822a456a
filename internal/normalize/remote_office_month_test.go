package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// officeMonthCases pin remote_office_month.go: a required office schedule
// of two or more days a month is hybrid; traps: no requirement word, once
// a month, a quarter, pay twice a month, a month's notice.
var officeMonthCases = []truthCase{
	{name: "required days a month at the office", p: model.Posting{Title: "Systems Analyst", DescriptionText: "The position requires 3 days per month at our Dayton office."}, remote: "hybrid"},
	{name: "a range of days a month", p: model.Posting{Title: "Systems Analyst", DescriptionText: "You will be required to work from the office four to six days a month."}, remote: "hybrid"},
	{name: "mandatory twice a month on a remote listing", p: model.Posting{Title: "Data Scientist", Locations: []string{"Remote"}, DescriptionText: "Remote, with mandatory on-site attendance twice a month."}, remote: "hybrid"},
	{name: "must be in person some days a month", p: model.Posting{Title: "Designer", DescriptionText: "Designers must join the team in person 2 days each month."}, remote: "hybrid"},

	{name: "trap: no requirement word", p: model.Posting{Title: "Designer", Locations: []string{"Remote"}, DescriptionText: "Remote role; the team meets at the office 2 days a month."}, remote: "remote"},
	{name: "trap: once a month", p: model.Posting{Title: "Designer", Locations: []string{"Remote"}, DescriptionText: "Remote. You must visit the office once a month."}, remote: "remote"},
	{name: "trap: a quarterly visit", p: model.Posting{Title: "Designer", Locations: []string{"Remote"}, DescriptionText: "Fully remote; must travel to the office 2 days per quarter."}, remote: "remote"},
	{name: "trap: paid twice a month", p: model.Posting{Title: "Designer", Locations: []string{"Remote"}, DescriptionText: "Fully remote. Salary must be paid twice a month by law; our office handles payroll."}, remote: "remote"},
	{name: "trap: a month's notice", p: model.Posting{Title: "Designer", Locations: []string{"Remote"}, DescriptionText: "Fully remote. Candidates must give 2 months notice to the office manager."}, remote: "remote"},
	{name: "trap: no office word", p: model.Posting{Title: "Designer", Locations: []string{"Remote"}, DescriptionText: "Fully remote. You must submit two reports per month."}, remote: "remote"},
}

func TestOfficeMonthCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range officeMonthCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	filler := strings.Repeat("Our studio prints posters for local fairs. ", 14) + "\n"
	checkLongCases(t, filler, checkFieldCase, officeMonthCases)
}

// TestOfficeMonthWindows checks officeMonthDays, which tries officeMonthly
// only before a "month", against the plain regexp over the whole text.
func TestOfficeMonthWindows(t *testing.T) {
	texts := thinTexts(keyTexts(t), 64)
	for _, tc := range officeMonthCases {
		texts = append(texts, tc.p.DescriptionText, strings.Repeat("Filler words for a long text. ", 20)+tc.p.DescriptionText)
	}
	for _, s := range texts {
		got := officeMonthDays(s) != nil
		plain := false
		for _, loc := range officeMonthly.FindAllStringIndex(s, -1) {
			end := min(len(s), loc[1]+60)
			if i := strings.IndexAny(s[loc[1]:end], ".;!?\n"); i >= 0 {
				end = loc[1] + i
			}
			m := s[loc[0]:loc[1]]
			if containsFold(m, "paid") || containsFold(m, "pay") {
				continue
			}
			if w := s[loc[0]:end]; containsFold(w, "office") || containsFold(w, "on-site") || containsFold(w, "onsite") ||
				containsFold(w, "on site") || containsFold(w, "in person") || containsFold(w, "in-person") {
				plain = true
				break
			}
		}
		if got != plain {
			t.Errorf("officeMonthDays on %q: %v, plain %v", s, got, plain)
		}
	}
}

// FuzzOfficeMonthDays runs officeMonthDays on any text: no panic, a span
// inside the text that names a month.
func FuzzOfficeMonthDays(f *testing.F) {
	for _, tc := range officeMonthCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		loc := officeMonthDays(s)
		if loc == nil {
			return
		}
		if loc[0] < 0 || loc[1] > len(s) || loc[0] >= loc[1] || !containsFold(s[loc[0]:loc[1]], "month") {
			t.Errorf("officeMonthDays(%q) = %v", s, loc)
		}
	})
}
