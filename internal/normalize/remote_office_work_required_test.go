package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestOfficeWorkRequired(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       model.Remote
	}{
		{"required to work from our office", "Payroll clerk. Staff are required to work from our office near the station.", model.RemoteOnsite},
		{"must work at the named office", "Junior buyer. You must work at the Leeds office with the category team.", model.RemoteOnsite},
		{"need to be based in the office", "Support analyst; you'll need to be based in our Glasgow office.", model.RemoteOnsite},
		{"expected to work in the offices", "Trainees are expected to work in our offices throughout the programme.", model.RemoteOnsite},
		// traps: a visit, a count of days, a choice, a home alternative, no rule
		{"a visit for onboarding", "Analyst. You will be required to work from our office for onboarding, then as you like.", model.RemoteUnknown},
		{"days a week", "Coordinator. You are required to work from our office two days a week.", model.RemoteHybrid},
		{"a choice", "Designer. If you prefer, you can work from our office in Leeds.", model.RemoteUnknown},
		{"or from home", "Writer. You are expected to work from our office or from home.", model.RemoteUnknown},
		{"office job words without a rule", "We work from our office tools every day to help clients.", model.RemoteUnknown},
		{"remote role first", "This is a fully remote role. New starters must work from our office for onboarding.", model.RemoteRemote},
	} {
		if got := ParseRemote("", nil, c.text).Remote; got != c.want {
			t.Errorf("%s: ParseRemote(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}
