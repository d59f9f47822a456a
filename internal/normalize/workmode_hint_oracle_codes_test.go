package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Oracle Recruiting Cloud's workplace-type codes in the remote hint (workmode_hint_oracle_codes.go).
func TestOracleWorkplaceCodes(t *testing.T) {
	cases := []struct {
		title, loc, hint string
		want             model.Remote
	}{
		{"Payments Analyst", "Warsaw, Poland", "ORA_HYBRID", model.RemoteHybrid},
		{"Payments Analyst", "Warsaw, Poland", "ORA_REMOTE", model.RemoteRemote},
		{"Branch Cashier", "Leeds, UK", "ORA_ON_SITE", model.RemoteOnsite},
		// the employer's field over a title word, as with "On-site"
		{"Help Desk Agent - Remote", "Pune, India", "ORA_ON_SITE", model.RemoteOnsite},
		// traps: other codes and words starting like the prefix
		{"Branch Cashier", "Leeds, UK", "ORA_FLEXIBLE", model.RemoteUnknown},
		{"Branch Cashier", "Leeds, UK", "orange", model.RemoteUnknown},
	}
	for _, c := range cases {
		p := model.Posting{Title: c.title, Locations: []string{c.loc}, RemoteHint: c.hint}
		l := Normalize(&p, Options{})
		if l.Remote != c.want {
			t.Errorf("%q/%q -> %s (%s), want %s", c.title, c.hint, l.Remote, l.RemoteEvidence, c.want)
		}
	}
}
