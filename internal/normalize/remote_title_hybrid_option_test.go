package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// titleHybridOptionCases pin remote_title_hybrid_option.go (a remote title
// beside a hybrid arrangement that is only offered) and the Russian and
// Ukrainian "work on site" reader (remote_cyrillic_on_site.go); written for
// this project, with traps beside them.
var titleHybridOptionCases = []truthCase{
	{name: "remote title hybrid optional", p: model.Posting{Title: "Remote Payroll Analyst", Locations: []string{"Tulsa, OK"}, DescriptionText: "Team based in Tulsa. A hybrid arrangement is optional."}, remote: "remote"},
	{name: "trailing remote title hybrid possible", p: model.Posting{Title: "Claims Processor - Remote", DescriptionText: "Hybrid work possible near our Omaha branch."}, remote: "remote"},
	{name: "paren remote title hybrid offered", p: model.Posting{Title: "QA Tester (Remote)", DescriptionText: "Hybrid setups are also offered to people close to Leeds."}, remote: "remote"},
	{name: "russian work on site", p: model.Posting{Title: "Кладовщик", DescriptionText: "График 5/2, работа на месте, склад в Казани."}, remote: "onsite"},
	{name: "ukrainian work on site", p: model.Posting{Title: "Комірник", DescriptionText: "Повна зайнятість. Робота на місці, склад у Львові."}, remote: "onsite"},

	{name: "trap: plain title hybrid optional", p: model.Posting{Title: "Payroll Analyst", Locations: []string{"Tulsa, OK"}, DescriptionText: "A hybrid arrangement is optional."}, remote: "hybrid"},
	{name: "trap: remote title with office days", p: model.Posting{Title: "Remote Payroll Analyst", DescriptionText: "Hybrid schedule available: two days a week at the Tulsa desk."}, remote: "hybrid"},
	{name: "trap: remote title with weekday in office", p: model.Posting{Title: "Remote Payroll Analyst", DescriptionText: "Hybrid option available, in the office every Thursday."}, remote: "hybrid"},
	{name: "trap: remote title hybrid not offered", p: model.Posting{Title: "Remote Payroll Analyst", DescriptionText: "This is a hybrid role with our Tulsa team."}, remote: "hybrid"},
	{name: "trap: remote sensing title", p: model.Posting{Title: "Remote Sensing Analyst", DescriptionText: "Hybrid work possible."}, remote: "hybrid"},
	{name: "trap: russian work never stands still", p: model.Posting{Title: "Маркетолог", DescriptionText: "Работа на месте не стоит: мы быстро растём."}, remote: "unknown"},
	{name: "trap: russian remote work beside on site idiom", p: model.Posting{Title: "Маркетолог", DescriptionText: "Удаленная работа. Наша работа на месте не стоит."}, remote: "remote"},
}

func TestTitleHybridOptionAndCyrillicOnSite(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range titleHybridOptionCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestHybridOffered(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"hybrid schedule available", true},
		{"Hybrid options are available", true},
		{"a hybrid model is possible", true},
		{"hybrid cloud available", false},
		{"Hybrid schedule with the team", false},
		{"hybrid", false},
	} {
		if got := hybridOffered.MatchString(c.in); got != c.want {
			t.Errorf("hybridOffered(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
