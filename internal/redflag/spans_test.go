package redflag

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// demoSpans is, per demo listing and flag, the words the flag must quote
// ("" for a structural flag: the field has nothing on it). Every flag a
// demo listing carries must be listed, so a rule that starts quoting the
// wrong words, or fires anew, shows here.
var demoSpans = map[string]map[string]string{
	"Community Moderator (Volunteer)": {
		Unpaid:              "unpaid",
		VagueNoDeliverables: "This is an unpaid volunteer position moderating our student forum, about 5 hours a week.",
	},
	"Marketing Assistant": {VagueNoDeliverables: "Help with various tasks as needed.", PayUnspecified: ""},
	"Brand Ambassador - Earn Daily": {
		ScamOffplatform: "Telegram", ScamTooGoodPay: "$300 daily", ScamUpfrontFee: "refundable deposit",
		ScamPressure: "no interview needed", ScamWFHHype: "Earn $300", VagueNoDeliverables: "Earn $300 daily from home!",
	},
	"Civic Tech Summer Fellowship": {
		VagueNoDeliverables: "A 10-week paid summer fellowship building tools with city governments.", VagueNoSupervisor: "",
	},
	"Office Helper": {
		VagueNoDescription: "Civic Labs is hiring students for short, paid, remote projects.\nAssist as needed.", PayUnspecified: "",
	},
	"Research Assistant - Academic Credit": {Unpaid: "for academic credit only"},
	"Fundraising Intern":                   {Unpaid: "Unpaid", VagueNoSupervisor: ""},
	"Data Entry Clerk - Work From Home": {
		ScamCheckHandling: "send you a check", ScamPersonalData: "bank details", ScamTooGoodPay: "unlimited income",
		ScamWFHHype: "make unlimited income", VagueNoDeliverables: "Work from home and make unlimited income!", PayUnspecified: "",
	},
	"Operations Intern": {
		VagueNoDeliverables: "Support our operations team in our New York office.", VagueCatchallDuties: "Other duties as assigned",
		VagueNoSupervisor: "",
	},
	"Video Editing Micro-Internship":          {VagueNoSupervisor: ""},
	"Summer Software Engineering Intern 2027": {VagueNoSupervisor: ""},
	"Financial Modeling Micro-Project":        {VagueNoSupervisor: ""},
	"Survey Design Micro-Internship":          {VagueNoSupervisor: ""},
	"GIS Mapping Project":                     {VagueNoSupervisor: ""},
	"Part-time Data Engineering Intern":       {VagueNoSupervisor: ""},
	"Market Research Micro-Project":           {VagueNoSupervisor: ""},
	"Cloud Cost Analysis Project":             {VagueNoSupervisor: ""},
}

// TestDemoSpans: each flag on the demo listings points at the words that
// decided it, and the span is exact (text == field[start:end]).
func TestDemoSpans(t *testing.T) {
	eng := New(Options{})
	seen := map[string]bool{}
	for _, l := range demoListings(t) {
		eng.Assess(l)
		want := demoSpans[l.Title]
		got := map[string]string{}
		for _, f := range l.Flags {
			got[f.ID] = f.Evidence.Text
			field := fieldOf(l, f.Evidence.Field)
			if f.Evidence.Text != "" && (f.Evidence.End > len(field) || field[f.Evidence.Start:f.Evidence.End] != f.Evidence.Text) {
				t.Errorf("%s %s: span [%d:%d] does not hold %q", l.Title, f.ID, f.Evidence.Start, f.Evidence.End, f.Evidence.Text)
			}
		}
		if len(got) > 0 {
			seen[l.Title] = true
		}
		for id, text := range got {
			w, ok := want[id]
			switch {
			case !ok:
				t.Errorf("%s: %s fired (quoting %q) but is not expected", l.Title, id, text)
			case w != text:
				t.Errorf("%s %s quotes %q, want %q", l.Title, id, text, w)
			}
		}
		for id := range want {
			if _, ok := got[id]; !ok {
				t.Errorf("%s: %s did not fire", l.Title, id)
			}
		}
	}
	for title := range demoSpans {
		if !seen[title] {
			t.Errorf("no demo listing %q with flags", title)
		}
	}
	// Every flag the demo listings raise is covered by at least one span.
	ids := map[string]bool{}
	for _, m := range demoSpans {
		for id := range m {
			ids[id] = true
		}
	}
	if len(ids) < 13 {
		t.Errorf("the demo spans cover %d flags", len(ids))
	}
}

func fieldOf(l *model.Listing, field string) string {
	switch field {
	case FieldTitle:
		return l.Title
	case FieldText:
		return l.Text
	case FieldPayText:
		return l.PayText
	}
	return ""
}

// TestEvidenceQuotesWhatDecided: a deliverables flag quotes the duties
// (or nothing), never the employer's introduction; a pressure flag quotes
// the pressure words, not the first sentence of the ad.
func TestEvidenceQuotesWhatDecided(t *testing.T) {
	eng := New(Options{})
	tests := []struct {
		name, text, id, want string
	}{
		{"duties heading", "Acme is hiring students for short projects.\nResponsibilities:\n- Help the team with various tasks as needed\n- Attend meetings",
			VagueNoDeliverables, "Help the team with various tasks as needed"},
		{"no duties at all", "Acme is hiring students for short remote projects this autumn and winter.\nWe are a friendly and growing team of designers, writers and engineers based in Lisbon.\nApply now with your resume.",
			VagueNoDeliverables, ""},
		{"pressure words, not the ad's opening", "Acme is hiring students. Write short product descriptions for our shop from home. Only 3 slots left, apply today. Pay $15 an hour.",
			ScamPressure, "only 3 slots left"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &model.Listing{Title: "Assistant", Company: "Acme", Text: tt.text, Type: model.TypeUnknown}
			eng.Assess(l)
			for _, f := range l.Flags {
				if f.ID == tt.id {
					if tt.want == "" && f.Evidence.Text != "" {
						t.Errorf("%s quotes %q, want a structural span (nothing to quote)", tt.id, f.Evidence.Text)
					}
					if !strings.Contains(strings.ToLower(f.Evidence.Text), strings.ToLower(tt.want)) || strings.Contains(f.Evidence.Text, "is hiring") {
						t.Errorf("%s quotes %q, want %q", tt.id, f.Evidence.Text, tt.want)
					}
					return
				}
			}
			t.Errorf("%s did not fire: %s", tt.id, fmt.Sprint(l.Flags))
		})
	}
}
