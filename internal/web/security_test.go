package web

import (
	"html"
	"net/http"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// hostileListings are listings as a hostile board could make them (and as
// an older version may have stored them): script links, an unclosed
// right-to-left override, markup in text, tracking images.
func hostileListings(beacon string) []*model.Listing {
	payload := `<script>fetch("` + beacon + `/script")</script><img src=x onerror="fetch('` + beacon + `/onerror')">`
	a := fixture("h01", "evilboard", "Data entry "+payload, "\u202eEvil Corp", model.RemoteRemote, []string{"US"}, model.TypeProject, []string{"Excel"},
		"Type data into sheets. "+payload+" javascript:alert(1) about 10 hours.")
	a.URL = "javascript:fetch('" + beacon + "/url')"
	a.ApplyURL = "data:text/html,<script>fetch('" + beacon + "/apply')</script>"
	a.CompanyURL = "vbscript:msgbox(1)"
	a.DescriptionHTML = `<p>Type data.</p><img src="` + beacon + `/pixel.gif"><p><a href="javascript:fetch('` + beacon + `/link')">apply</a></p>` +
		`<svg><script>fetch('` + beacon + `/svg')</script></svg><iframe src="` + beacon + `/frame"></iframe>`
	b := fixture("h02", "evilboard", "Design logo \u202bmicro", "Acme \u2067Ltd", model.RemoteRemote, []string{"US"}, model.TypeProject, []string{"Figma"},
		"Design a logo in 5 hours for $100. \"><svg onload=fetch('"+beacon+"/svg2')>")
	b.DescriptionHTML = "<p>" + html.EscapeString(b.Text) + "</p>"
	b.ApplyURL = " JaVaScRiPt:fetch('" + beacon + "/apply2')"
	return []*model.Listing{a, b}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	for _, target := range []string{"/", "/listings/l01", "/listings/nope", "/api/v1/search", "/api/v1/search?q=", "/feeds/search.atom", "/static/app.js", "/healthz", "/nope"} {
		w := get(t, h, target)
		if got := w.Header().Get("Content-Security-Policy"); got != ContentSecurityPolicy {
			t.Errorf("%s: CSP %q", target, got)
		}
		if got := w.Header().Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", target, got)
		}
		if got := w.Header().Get("Referrer-Policy"); got == "" {
			t.Errorf("%s: no Referrer-Policy", target)
		}
	}
	for _, bad := range []string{"'unsafe-inline'", "'unsafe-eval'", "*"} {
		if strings.Contains(ContentSecurityPolicy, bad) {
			t.Errorf("the policy allows %s", bad)
		}
	}
}

// The JSON API and the pages never serve a link other than http(s), and
// employer text cannot leave a bidi override open.
func TestHostileListingsServedSafely(t *testing.T) {
	st, x := mustData(t, hostileListings("https://beacon.example.org"))
	h := New(Options{Store: st, Index: x, RateLimit: RateLimit{Disabled: true}}).Handler()
	for _, target := range []string{"/api/v1/search?include_flagged=true", "/api/v1/listings/h01", "/api/v1/listings/h02", "/feeds/search.json", "/feeds/search.atom", "/listings/h01", "/listings/h02", "/"} {
		w := get(t, h, target)
		if w.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
		body := strings.ToLower(w.Body.String())
		bads := []string{`"javascript:`, `"data:text`, `"vbscript:`, `" javascript:`, `href="javascript:`, "#zgotmplz", "pixel.gif", "/frame"}
		if !strings.Contains(target, "/api/") && !strings.Contains(target, "/feeds/") {
			bads = append(bads, "<img", "<iframe", "<svg onload", "<svg><script", "<script>fetch") // pages: markup in text is escaped
		}
		for _, bad := range bads {
			if strings.Contains(body, bad) {
				t.Errorf("%s serves %q", target, bad)
			}
		}
	}
	l := decode[model.Listing](t, get(t, h, "/api/v1/listings/h01"))
	if l.URL != "" || l.ApplyURL != "" || l.CompanyURL != "" {
		t.Errorf("unsafe links served: %q %q %q", l.URL, l.ApplyURL, l.CompanyURL)
	}
	if strings.Contains(l.DescriptionHTML, "<img") || strings.Contains(l.DescriptionHTML, "javascript:") {
		t.Errorf("description_html keeps an image or a script link: %s", l.DescriptionHTML)
	}
	if l.Company != "\u202eEvil Corp\u202c" {
		t.Errorf("company %q: the override is not closed", l.Company)
	}
}

func TestStripMedia(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<p>a</p>`, `<p>a</p>`},
		{`<p>a<img src="https://t.example/p.gif">b</p>`, `<p>ab</p>`},
		{`<picture><source srcset="x"><img src="y"></picture><p>k</p>`, `<p>k</p>`},
		{`<svg><circle/></svg>ok`, `ok`},
		{`<IMG SRC=x>ok<br/>`, `ok<br/>`},
		{`<a href="javascript:alert(1)" onclick="x()">go</a>`, `<a rel="nofollow noopener">go</a>`},
		{`<img src=x><a href="https://x.org/" title="t">go</a>`, `<a href="https://x.org/" title="t" rel="nofollow noopener">go</a>`},
	}
	for _, tt := range tests {
		if got := StripMedia(tt.in); got != tt.want {
			t.Errorf("StripMedia(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSafeLinkURL(t *testing.T) {
	for u, want := range map[string]bool{
		"https://x.org/a": true, "http://x.org": true, "HTTPS://X.ORG/": true,
		"javascript:alert(1)": false, " javascript:alert(1)": false, "JaVaScRiPt:x": false, "data:text/html,x": false,
		"vbscript:x": false, "//x.org/a": false, "/relative": false, "ftp://x.org": false, "": false, "https://": false,
	} {
		if got := SafeLinkURL(u); got != want {
			t.Errorf("SafeLinkURL(%q) = %v", u, got)
		}
	}
}
