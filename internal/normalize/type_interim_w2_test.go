package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestInterimW2Type(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"interim role with words between", "Finance Lead", "A housing charity needs an interim senior finance controller to see them through the audit.", model.TypeContract},
		{"as interim officer", "Operations", "You will step in as interim COO while the board recruits.", model.TypeContract},
		{"w2 hourly", "QA Tester", "Pay is W2 hourly through our agency. No C2C, please.", model.TypeContract},
		{"hourly on w-2", "Help Desk", "Paid hourly on W-2, 40 hours a week.", model.TypeContract},
		// traps
		{"the interim leader is a colleague", "Analyst", "You will report to the interim director of finance.", model.TypeUnknown},
		{"interim report", "Analyst", "You will prepare an interim report each quarter.", model.TypeUnknown},
		{"w2 form mention", "Payroll Clerk", "You will file W2 forms and answer payroll questions.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}

// TestLateReadersLongText runs the windowed readers on texts long enough
// for the key windows (not the whole-text search short texts get).
func TestLateReadersLongText(t *testing.T) {
	pad := strings.Repeat("The team ships care software for clinics and keeps the rota fair. ", 12)
	for _, c := range []struct {
		name, text string
		want       model.JobType
	}{
		{"interim", pad + "We need an interim practice manager for the summer.", model.TypeContract},
		{"w2 hourly", pad + "Paid W-2 hourly through the agency.", model.TypeContract},
		{"weekly hours", pad + "You will work 37.5 hours per week.", model.TypeFullTime},
		{"day span", pad + "Hours: Monday to Friday 8:30am to 5pm.", model.TypeFullTime},
		{"nothing", pad, model.TypeUnknown},
	} {
		if got := ParseType("", "Coordinator", c.text); got != c.want {
			t.Errorf("%s: ParseType = %s, want %s", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		name, text string
		want       model.Remote
	}{
		{"split schedule", "Remote Work\n\n" + pad + "Your week mixes both at home and in-office days.", model.RemoteHybrid},
		{"open to remote", pad + "Based in Leeds; open to remote candidates too.", model.RemoteRemote},
	} {
		if got := ParseRemote("", nil, c.text).Remote; got != c.want {
			t.Errorf("%s: ParseRemote = %s, want %s", c.name, got, c.want)
		}
	}
}
