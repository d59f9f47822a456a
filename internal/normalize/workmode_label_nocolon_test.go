package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestNoColonModeLabel(t *testing.T) {
	for _, c := range []struct {
		text string
		want model.Remote
	}{
		{"Location Leeds\nWork Arrangement Hybrid: three days at the studio, two at home.", model.RemoteHybrid},
		{"Workplace type Remote\nWe build payroll tools.", model.RemoteRemote},
		{"Team Finance. Work model On-site (Porto).", model.RemoteOnsite},
		{"Location type Fully remote, within Ireland", model.RemoteRemote},
		{"Work mode in-office - Monday to Friday", model.RemoteOnsite},
		// No label opening a line or sentence, or no mode word right after it.
		{"We value a work arrangement hybrid teams enjoy.", model.RemoteUnknown},
		{"Work arrangement to be agreed: hybrid or remote.", model.RemoteUnknown},
		{"Work type Permanent, full time", model.RemoteUnknown},
	} {
		if got, ev := noColonModeLabelMode(c.text); got != c.want {
			t.Errorf("%q: got %s (%q), want %s", c.text, got, ev, c.want)
		}
	}
}
