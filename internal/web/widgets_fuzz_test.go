package web

import (
	"net/url"
	"strings"
	"testing"
)

// FuzzVerifyWidgetKey: no input panics, and only the exact signed form of
// an id verifies.
func FuzzVerifyWidgetKey(f *testing.F) {
	f.Add(signWidgetKey(testSecret, "0123456789abcdef01234567"))
	f.Add("wk_0123456789abcdef01234567.AAAA")
	f.Add("wk_.")
	f.Fuzz(func(t *testing.T, raw string) {
		id, ok := verifyWidgetKey(testSecret, raw)
		if ok && signWidgetKey(testSecret, id) != raw {
			t.Fatalf("%q verified as %q but signs to %q", raw, id, signWidgetKey(testSecret, id))
		}
	})
}

// FuzzNormalizeOrigin: an accepted origin is http(s), has no path, query
// or user, and normalizes to itself.
func FuzzNormalizeOrigin(f *testing.F) {
	for _, s := range []string{"https://careers.example.edu", "HTTP://LOCALHOST:80/", "https://[::1]:8443", "https://x.edu/a?b", "javascript:alert(1)", "//x.edu"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		o, err := normalizeOrigin(raw)
		if err != nil {
			return
		}
		u, perr := url.Parse(o)
		if perr != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" || u.RawQuery != "" || u.User != nil || strings.ContainsAny(o, " \t\n") {
			t.Fatalf("%q normalized to %q", raw, o)
		}
		if again, err := normalizeOrigin(o); err != nil || again != o {
			t.Fatalf("%q: %q normalizes again to %q, %v", raw, o, again, err)
		}
	})
}
