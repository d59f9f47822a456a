package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestLabelTwoModes(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       model.Remote
	}{
		{"in-office slash hybrid", "Site: Reading | Work Model: In-Office / Hybrid", model.RemoteHybrid},
		{"on-site or remote", "Support engineer. Workplace type: On-site or Remote", model.RemoteHybrid},
		// traps: one mode, a remote label, another word after the mode
		{"on-site alone", "Technician. Work mode: On-site", model.RemoteOnsite},
		{"on-site then the contract", "Analyst. Work mode: On-site / Full-time", model.RemoteOnsite},
		{"remote slash hybrid keeps remote", "Writer. Work mode: Remote / Hybrid", model.RemoteRemote},
	} {
		if got := ParseRemote("", nil, c.text).Remote; got != c.want {
			t.Errorf("%s: ParseRemote(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}
