package web

import (
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/net/html"

	"github.com/gigscout/gigscout/internal/model"
)

// ContentSecurityPolicy is sent with every response. The pages load their
// script and style from /static only (no inline code: the JSON-LD block is
// data, which CSP does not run), images only from this server, and may not
// be framed; a listing's HTML can therefore neither run script nor load a
// tracking pixel even if the sanitizer missed something. A handler that
// must differ (a widget frame) sets its own header before writing.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// securityHeaders sets the Content-Security-Policy, X-Content-Type-Options
// and Referrer-Policy of every response.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		next.ServeHTTP(w, r)
	})
}

// SafeLinkURL reports whether u may be stored or served as a link: an
// absolute http or https URL with a host. javascript:, data:, vbscript:
// and anything else are refused.
func SafeLinkURL(u string) bool {
	if u == "" || len(u) > 4096 {
		return false
	}
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return false
	}
	s := strings.ToLower(p.Scheme)
	return (s == "http" || s == "https") && p.Host != ""
}

// scrubListing makes a stored listing safe to serve whatever it holds
// (listings stored before ingest checked them, or by another version):
// links other than http(s) are dropped, unclosed bidi controls in employer
// text are closed, and images in the description are removed.
func scrubListing(l *model.Listing) {
	if l == nil {
		return
	}
	for _, u := range []*string{&l.URL, &l.ApplyURL, &l.CompanyURL} {
		if *u != "" && !SafeLinkURL(*u) {
			*u = ""
		}
	}
	also := l.AlsoAt[:0:0]
	for _, a := range l.AlsoAt {
		if SafeLinkURL(a.URL) {
			also = append(also, a)
		}
	}
	if l.AlsoAt != nil {
		l.AlsoAt = also
	}
	for _, s := range []*string{&l.Title, &l.Company, &l.CompanyInfo, &l.RemoteEvidence, &l.PayText, &l.Text} {
		*s = model.CloseBidi(*s)
	}
	for i := range l.Locations {
		l.Locations[i] = model.CloseBidi(l.Locations[i])
	}
	for i := range l.Skills {
		l.Skills[i] = model.CloseBidi(l.Skills[i])
	}
	if l.DescriptionHTML != "" {
		l.DescriptionHTML = StripMedia(l.DescriptionHTML)
	}
}

// mediaTags load content from elsewhere; they are removed from employers'
// HTML (tracking pixels, remote images).
var mediaTags = map[string]bool{"img": true, "picture": true, "source": true, "video": true, "audio": true,
	"track": true, "image": true, "iframe": true, "object": true, "embed": true, "svg": true, "link": true, "style": true, "script": true}

// StripMedia removes images and other embedded media from (already
// sanitized) HTML, keeping the rest as it is.
func StripMedia(s string) string {
	lower := strings.ToLower(s)
	found := false
	for tag := range mediaTags {
		if strings.Contains(lower, "<"+tag) {
			found = true
			break
		}
	}
	if !found && !strings.Contains(lower, "script:") && !strings.Contains(lower, "data:") {
		return s
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0 // depth inside an element whose content goes too
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			if mediaTags[tag] {
				if tag == "svg" || tag == "video" || tag == "audio" || tag == "picture" || tag == "object" || tag == "style" || tag == "script" || tag == "iframe" {
					if tt == html.StartTagToken {
						skip++
					} else if tt == html.EndTagToken && skip > 0 {
						skip--
					}
				}
				continue
			}
			if skip > 0 {
				continue
			}
			if tag == "a" && tt != html.EndTagToken {
				t := html.Token{Type: tt, Data: "a"}
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					t.Attr = append(t.Attr, html.Attribute{Key: string(k), Val: string(v)})
				}
				b.WriteString(safeAnchor(t))
				continue
			}
			b.Write(z.Raw())
		default:
			if skip == 0 {
				b.Write(z.Raw())
			}
		}
	}
}

// safeAnchor re-writes an <a> start tag keeping only an http(s) href (and
// title), with rel="nofollow noopener".
func safeAnchor(t html.Token) string {
	out := html.Token{Type: html.StartTagToken, Data: "a"}
	for _, a := range t.Attr {
		switch {
		case a.Key == "href" && SafeLinkURL(a.Val), a.Key == "title":
			out.Attr = append(out.Attr, html.Attribute{Key: a.Key, Val: a.Val})
		}
	}
	out.Attr = append(out.Attr, html.Attribute{Key: "rel", Val: "nofollow noopener"})
	if t.Type == html.SelfClosingTagToken {
		out.Type = html.SelfClosingTagToken
	}
	return out.String()
}
