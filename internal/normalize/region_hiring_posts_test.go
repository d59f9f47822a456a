package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Hiring posts written by people (region_hiring_posts.go). Every string is our
// own, shaped like forum titles and "Who is hiring" headers.
func TestHiringPostRemote(t *testing.T) {
	cases := []postModeCase{
		{"paren before role", "Quantix (Remote UK) — Data Engineer", "We index ledgers.", model.RemoteRemote, "GB"},
		{"paren bare before role", "Fernhill (Remote) - Support Lead", "We answer tickets.", model.RemoteRemote, ""},
		{"paren dash region", "Fernhill (Remote - Europe) – Designer", "We draw maps.", model.RemoteRemote, "EU"},
		{"paren with other words stays", "Fernhill (remote team of 4) – Designer", "We draw maps.", model.RemoteUnknown, ""},
		{"paren office days are hybrid", "Ledger Analyst (Remote, 2 days in office)", "We close the books.", model.RemoteHybrid, ""},
		{"paren office day a week", "Fernhill (remote / one day a week on-site) – Designer", "We draw maps.", model.RemoteHybrid, ""},
		{"paren office days in the office", "Billing Clerk (Remote - 3 days/week in the office)", "Invoices and refunds.", model.RemoteHybrid, ""},
		{"paren days without an office stay", "Fernhill (remote, 4 days a week) – Designer", "We draw maps.", model.RemoteUnknown, ""},
		{"bracket tags place", "[Hiring] [Remote] [Canada] - Billing Engineer", "Stripe and Go.", model.RemoteRemote, "CA"},
		{"bracket tags bare", "[HIRING][Remote] Motion designer", "Loops for ads.", model.RemoteRemote, ""},
		{"note list hybrid", "Backend Developer, Pune", "6+ years of Java, 24 LPA, hybrid", model.RemoteHybrid, ""},
		{"note list onsite", "we need people", "Warehouse pickers, on-site, $19/hr", model.RemoteOnsite, ""},
		{"tech list is no mode", "Cloud Architect", "Clouds we run: AWS, on-prem, hybrid", model.RemoteUnknown, ""},
		{"two modes are choices", "Cloud Architect", "Pick one: remote, hybrid, 3 days", model.RemoteUnknown, ""},
	}
	checkPostModeCases(t, cases)
}

// postModeCase is a post's title and text with the work mode and remote
// regions it must read.
type postModeCase struct {
	name, title, text string
	remote            model.Remote
	regions           string
}

func checkPostModeCases(t *testing.T, cases []postModeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := Normalize(&model.Posting{Source: "t", ExternalID: c.name, Title: c.title, DescriptionText: c.text}, Options{})
			if l.Remote != c.remote {
				t.Fatalf("remote = %q (%s), want %q", l.Remote, l.RemoteEvidence, c.remote)
			}
			if got := strings.Join(l.RemoteRegions, ","); got != c.regions {
				t.Fatalf("regions = %q, want %q", got, c.regions)
			}
		})
	}
}

func TestHiringPostType(t *testing.T) {
	cases := []struct {
		name, title, text string
		want              model.JobType
	}{
		{"ft segment", "Lindqvist|Data Platform Lead|FT|Remote Canada", "", model.TypeFullTime},
		{"ft segment in text header", "", "Lindqvist | QA Lead | FT | Oslo\nWe test.", model.TypeFullTime},
		{"ft inside a word is nothing", "Lindqvist | SOFT skills coach | Oslo", "", model.TypeUnknown},
		{"note list full time", "Lindqvist is hiring", "Come build carts with us. Full-time, dental, gym.", model.TypeFullTime},
		{"note list part time", "Lindqvist is hiring", "3 years of Excel, part time, weekends off", model.TypePartTime},
		{"two kinds are no note", "Lindqvist is hiring", "Roles: full-time, part-time, seasonal", model.TypeUnknown},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := Normalize(&model.Posting{Source: "t", ExternalID: c.name, Title: c.title, DescriptionText: c.text}, Options{})
			if l.Type != c.want {
				t.Fatalf("type = %q, want %q", l.Type, c.want)
			}
		})
	}
}

func TestHiringPostForumPrice(t *testing.T) {
	cases := []struct {
		name, title string
		want        float64 // 0: no pay
	}{
		{"task dash", "[Task] Tidy my spreadsheet - $40", 40},
		{"hiring comma", "[HIRING] Webflow landing page, $650", 650},
		{"thousands", "[Hiring] Mobile game art pack - $1,200", 1200},
		{"no tag", "Webflow landing page, $650", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := Normalize(&model.Posting{Source: "t", ExternalID: c.name, Title: c.title, DescriptionText: "Details by DM."}, Options{})
			if c.want == 0 {
				if l.Pay != nil {
					t.Fatalf("pay = %+v, want none", l.Pay)
				}
				return
			}
			if l.Pay == nil || l.Pay.Min != c.want || l.Pay.Max != c.want || l.Pay.Currency != "USD" || l.Pay.Unit != model.UnitProject {
				t.Fatalf("pay = %+v, want %v USD a project", l.Pay, c.want)
			}
		})
	}
}
