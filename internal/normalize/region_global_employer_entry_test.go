package normalize

import (
	"strings"
	"testing"
)

// An entry whose "global" qualifies the employer or its people names no
// place a remote worker may be; "global" alone or after "Remote" still
// means anywhere.
func TestGlobalEmployerEntry(t *testing.T) {
	cases := []struct {
		hint string
		loc  string
		want string
	}{
		{"remote", "Global company", ""},
		{"", "A global team", ""},
		{"remote", "Our global organisation", ""},
		{"remote", "Global firm (HQ in Oslo)", ""},
		{"remote", "Global", "worldwide"},
		{"", "Remote - Global", "worldwide"},
		{"", "Global Remote", "worldwide"},
		{"remote", "Remote (global)", "worldwide"},
	}
	for _, c := range cases {
		ri := ParseRemote(c.hint, []string{c.loc}, "")
		if got := strings.Join(ri.Regions, ","); got != c.want {
			t.Errorf("%q/%q: regions %q, want %q", c.hint, c.loc, got, c.want)
		}
	}
}
