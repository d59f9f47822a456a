package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// An IR35 form line answered "no" is not a contract cue; answered "yes" or
// with a status, it still is.
func TestIR35AnsweredNo(t *testing.T) {
	runBodyTypeCases(t, "Data Engineer", []bodyTypeCase{
		{"* Outside IR35: No\n* Salaried, full-time post", model.TypeFullTime},
		{"Inside IR35 - no. Outside IR35 - no. A full time job with pension.", model.TypeFullTime},
		{"IR35? None. This is a full-time role.", model.TypeFullTime},
		{"Outside IR35: no\nWe pay a salary and bonus.", model.TypeUnknown},
		// traps
		{"* Outside IR35: Yes\n* Start ASAP", model.TypeContract},
		{"IR35: inside. Full time hours on site.", model.TypeContract},
		{"IR35 - Nottingham based client, full time hours", model.TypeContract},
		{"Inside IR35: no\nOutside IR35: yes", model.TypeContract},
		{"IR35 status: outside", model.TypeContract},
	})
}

func TestIR35AnsweredNoReader(t *testing.T) {
	for _, c := range []struct {
		after string
		want  bool
	}{
		{": no", true}, {" - No.", true}, {"? none", true}, {" \u2013 N", true}, {": FALSE", true},
		{": yes", false}, {": Nottingham", false}, {" status: no", false}, {"", false}, {" no", false},
	} {
		if got := ir35AnsweredNo(c.after); got != c.want {
			t.Errorf("ir35AnsweredNo(%q) = %v, want %v", c.after, got, c.want)
		}
	}
}
