package digest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

// The HTML of our e-mails keeps to features that caniemail.com lists as
// supported by most clients (Gmail, Apple Mail, Outlook desktop and web,
// Yahoo, Thunderbird, Samsung): table layout, inline style attributes (no
// <style> element, no classes, no images or scripts) and these
// properties. Mailpit's compatibility check, which scores the same data,
// was not run here.
var (
	allowedElements = map[string]bool{"html": true, "head": true, "meta": true, "title": true, "body": true, "table": true, "tbody": true,
		"tr": true, "td": true, "p": true, "a": true, "strong": true, "h1": true, "br": true, "span": true}
	allowedAttrs = map[string]bool{"lang": true, "http-equiv": true, "content": true, "name": true, "style": true, "role": true,
		"width": true, "cellpadding": true, "cellspacing": true, "border": true, "align": true, "href": true}
	allowedCSS = map[string]bool{"margin": true, "padding": true, "padding-top": true, "background-color": true, "color": true,
		"font-family": true, "font-size": true, "font-weight": true, "line-height": true, "border": true, "border-bottom": true,
		"text-decoration": true, "width": true, "max-width": true}
)

// emailHTMLProblems lists what doc uses beyond the allowlist.
func emailHTMLProblems(doc string) []string {
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		return []string{err.Error()}
	}
	var problems []string
	errorf := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if !allowedElements[n.Data] {
				errorf("element <%s> is not on the allowlist", n.Data)
			}
			for _, a := range n.Attr {
				if !allowedAttrs[a.Key] {
					errorf("attribute %s on <%s> is not on the allowlist", a.Key, n.Data)
				}
				if a.Key == "href" && !strings.HasPrefix(a.Val, "https://") {
					errorf("link %q is not absolute https", a.Val)
				}
				if a.Key != "style" {
					continue
				}
				for _, decl := range strings.Split(a.Val, ";") {
					prop, _, ok := strings.Cut(decl, ":")
					prop = strings.TrimSpace(prop)
					if prop == "" && !ok {
						continue
					}
					if !allowedCSS[prop] {
						errorf("CSS property %q on <%s> is not on the allowlist", prop, n.Data)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return problems
}

func checkEmailHTML(t *testing.T, name, doc string) {
	t.Helper()
	for _, p := range emailHTMLProblems(doc) {
		t.Errorf("%s: %s", name, p)
	}
}

func TestEmailHTMLUsesSupportedFeatures(t *testing.T) {
	e := newEnv(t, monday, nil)
	deadline := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	l := newListing("greenhouse-a", "Data <b>project</b>")
	l.Deadline = &deadline
	l.Flags = []model.Flag{{ID: "SCAM_UPFRONT_FEE", Severity: model.SeverityHigh, Reason: "Asks you to pay."},
		{ID: "VAGUE_NO_DURATION", Severity: model.SeverityMedium, Reason: "No hours."}}
	sub := &store.Subscription{ID: 7, Email: "a@b.org", Query: "q=data&paid=true", Frequency: "daily", Hour: 9, Timezone: "UTC", TokenKey: []byte("k")}
	v := &mailView{Subject: "2 new listings", Search: Describe(sub.Query), SearchURL: e.svc.searchURL(sub.Query),
		PrefsURL: e.svc.link(sub, PreferencesPath, PurposePreferences), UnsubURL: e.svc.link(sub, UnsubscribePath, PurposeUnsubscribe),
		SendAt: sendAtText(sub), Listings: []listingView{view(l, "https://gigscout.example"), view(newListing("x", "Plain"), "https://gigscout.example")}, More: 3}
	_, digestHTML, err := e.svc.render(v)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(digestHTML, "<b>project</b>") {
		t.Error("a listing's title was not escaped")
	}
	checkEmailHTML(t, "digest", digestHTML)
	for _, notice := range []bool{false, true} {
		m, err := e.svc.confirmationMessage(sub, notice)
		if err != nil {
			t.Fatal(err)
		}
		checkEmailHTML(t, "confirmation", m.HTML)
	}
	// The checker itself refuses what it must.
	bad := `<html><head><style>p{}</style></head><body><div class="x" style="display: flex"><a href="/x">x</a></div></body></html>`
	got := strings.Join(emailHTMLProblems(bad), "\n")
	for _, want := range []string{"<style>", "<div>", "attribute class", `"display"`, `link "/x"`} {
		if !strings.Contains(got, want) {
			t.Errorf("the checker let %s through:\n%s", want, got)
		}
	}
}

func TestJoinWhere(t *testing.T) {
	for _, tt := range [][3]string{{"Hybrid", "", "Hybrid"}, {"Hybrid", "Hybrid - London", "Hybrid - London"}, {"On-site", "Berlin", "On-site: Berlin"},
		{"On-site", "Onsite, Austin", "Onsite, Austin"}} {
		if got := joinWhere(tt[0], tt[1]); got != tt[2] {
			t.Errorf("joinWhere(%q, %q) = %q, want %q", tt[0], tt[1], got, tt[2])
		}
	}
}

// TestViewClosesBidi: an unclosed right-to-left override in employer text
// is closed where it ends, so it cannot reverse the e-mail's own words
// after it (the pay, "Apply by", the next region).
func TestViewClosesBidi(t *testing.T) {
	l := &model.Listing{ID: "b1", Title: "Intern \u202eniretni", Company: "\u202bAcme", Remote: model.RemoteRemote,
		RemoteRegions: []string{"US\u202e", "EU"}, Flags: []model.Flag{{ID: "UNPAID", Severity: "high", Reason: "x\u2067y"}}}
	v := view(l, "https://gigscout.example.org")
	for name, got := range map[string]string{"title": v.Title, "company": v.Company, "where": v.Where, "reason": v.Flags[0].Reason} {
		if got != model.CloseBidi(got) {
			t.Errorf("%s %+q still leaves a bidi control open", name, got)
		}
	}
	if want := "Remote (US\u202e\u202c, EU)"; v.Where != want {
		t.Errorf("where = %+q, want %+q", v.Where, want)
	}
}
