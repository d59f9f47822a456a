package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestLocationIndependentNote(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       model.Remote
	}{
		{"a clause after a semicolon", "Small async team; location independent", model.RemoteRemote},
		{"a sentence of its own", "Backend developer. Location independent. Paid monthly.", model.RemoteRemote},
		{"fully, with a hyphen, before a comma", "Fully location-independent, async-first support role", model.RemoteRemote},
		// traps: another noun after it, no clause of its own
		{"pricing", "We build location-independent pricing tools for retailers.", model.RemoteUnknown},
		{"salaries", "Our policy: location independent salaries for every level.", model.RemoteUnknown},
		{"mid-sentence", "The data is location independent across our stores", model.RemoteUnknown},
	} {
		if got := ParseRemote("", nil, c.text).Remote; got != c.want {
			t.Errorf("%s: ParseRemote(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}
