package digest

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/store"
)

// FuzzToken: no input panics, and only the token made for a
// subscription and purpose opens it.
func FuzzToken(f *testing.F) {
	e := newEnv(f, monday, nil)
	sub, _, err := e.st.SaveSubscription(e.ctx, "a@b.org", "q=data", chicago9)
	if err != nil {
		f.Fatal(err)
	}
	good := e.svc.Token(sub, PurposePreferences)
	for _, s := range []string{good, e.svc.Token(sub, PurposeConfirm), "1.", ".", "", "1.AAAA", "01." + strings.Split(good, ".")[1],
		"99999999999999999999.x", "-1.x", good + "=", strings.ToUpper(good)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, token string) {
		got, err := e.svc.Subscription(e.ctx, token, PurposePreferences)
		if (err == nil) != (token == good) {
			t.Fatalf("Subscription(%q) = %v, %v", token, got, err)
		}
	})
}

// FuzzNormalizeEmail: no input panics, and an accepted address is bare,
// one line, with one @ and a dotted domain, and normalizing it again
// changes nothing.
func FuzzNormalizeEmail(f *testing.F) {
	for _, s := range []string{"a@b.org", "Name <a@b.org>", "a@b", "@b.org", "a@.org", "a@b.org.", "\"a b\"@c.org", "a@b.org\r\nBcc: x@y.z",
		"a..b@c.org", "ü@ü.de", strings.Repeat("a", 300) + "@b.org"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := store.NormalizeEmail(s)
		if err != nil {
			return
		}
		if strings.ContainsAny(got, "<>\r\n ") || strings.Count(got, "@") < 1 || len(got) > 254 {
			t.Fatalf("NormalizeEmail(%q) = %q", s, got)
		}
		if again, err := store.NormalizeEmail(got); err != nil || again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q, %v", s, got, again, err)
		}
	})
}
