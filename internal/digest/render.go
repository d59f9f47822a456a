package digest

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"net/url"
	"sort"
	"strconv"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

//go:embed templates/*
var templateFS embed.FS

var (
	htmlT = htmltemplate.Must(htmltemplate.New("").ParseFS(templateFS, "templates/*.html"))
	textT = texttemplate.Must(texttemplate.New("").ParseFS(templateFS, "templates/*.txt"))
)

// listingView is one listing as a digest shows it.
type listingView struct {
	Title, Company, URL, Pay, HourlyUSD, Hours, Where, Deadline, Risk string
	Flags                                                             []flagView
}

type flagView struct{ Label, Severity, Reason string }

// mailView is what the e-mail templates get.
type mailView struct {
	Subject, Search, SearchURL, PrefsURL, UnsubURL, ConfirmURL string
	Frequency, SendAt                                          string
	Listings                                                   []listingView
	More                                                       int
	Notice                                                     bool // the address is subscribed already
}

// Describe is a short human description of a saved search's parameters:
// `"data" · paid · remote`.
func Describe(query string) string {
	v, _ := url.ParseQuery(query)
	var parts []string
	if q := strings.TrimSpace(v.Get("q")); q != "" {
		parts = append(parts, "“"+q+"”")
	}
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch k {
		case "q", "sort", "limit", "cursor":
			continue
		case "paid", "include_flagged", "include_closed":
			if b, _ := strconv.ParseBool(v.Get(k)); b {
				parts = append(parts, strings.ReplaceAll(k, "_", " "))
			}
			continue
		}
		parts = append(parts, strings.ReplaceAll(k, "_", " ")+": "+strings.Join(v[k], ", "))
	}
	if len(parts) == 0 {
		return "all listings"
	}
	return strings.Join(parts, " · ")
}

func (s *Service) searchURL(query string) string {
	if query == "" {
		return s.opts.PublicURL + "/"
	}
	return s.opts.PublicURL + "/?" + query
}

// view is one listing as the e-mail shows it. Employer text has its
// unclosed bidi controls closed (model.CloseBidi), piece by piece, so that
// it cannot reverse the e-mail's own words beside it: mail clients drop
// <bdi> and unicode-bidi.
func view(l *model.Listing, base string) listingView {
	closed := func(xs []string) []string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = model.CloseBidi(x)
		}
		return out
	}
	v := listingView{Title: model.CloseBidi(l.Title), Company: model.CloseBidi(l.Company), URL: base + "/listings/" + url.PathEscape(l.ID), Risk: string(l.Risk)}
	if v.Company == "" {
		v.Company = "Company not named"
	}
	switch {
	case l.Unpaid:
		v.Pay = "Unpaid"
	case l.Pay == nil || l.Pay.Max <= 0:
		v.Pay = "Pay not stated"
	default:
		v.Pay = l.Pay.Display()
		if l.Pay.HourlyUSD > 0 && l.Pay.Currency != "USD" {
			v.HourlyUSD = "about US$" + strconv.FormatFloat(l.Pay.HourlyUSD, 'f', 0, 64) + " per hour"
		}
	}
	if h := l.Hours; h != nil && h.Max > 0 {
		n := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
		if h.Min > 0 && h.Min < h.Max {
			v.Hours = n(h.Min) + "–" + n(h.Max) + " hours in total"
		} else {
			v.Hours = n(h.Max) + " hours in total"
		}
	}
	switch l.Remote {
	case model.RemoteRemote:
		v.Where = "Remote"
		if len(l.RemoteRegions) > 0 {
			v.Where += " (" + strings.Join(closed(l.RemoteRegions), ", ") + ")"
		}
	case model.RemoteHybrid:
		v.Where = joinWhere("Hybrid", strings.Join(closed(l.Locations), "; "))
	case model.RemoteOnsite:
		v.Where = joinWhere("On-site", strings.Join(closed(l.Locations), "; "))
	default:
		v.Where = "Location not stated"
		if len(l.Locations) > 0 {
			v.Where = strings.Join(closed(l.Locations), "; ")
		}
	}
	if l.Deadline != nil && !l.Deadline.IsZero() {
		v.Deadline = l.Deadline.UTC().Format("2 Jan 2006")
	}
	for _, f := range l.Flags {
		v.Flags = append(v.Flags, flagView{Label: flagLabel(f.ID), Severity: string(f.Severity), Reason: model.CloseBidi(f.Reason)})
	}
	return v
}

// joinWhere is "Hybrid: London", or the locations alone when they start
// with the word already ("Hybrid - London"), as the web pages say it.
func joinWhere(kind, locations string) string {
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "-", "")) }
	switch {
	case locations == "":
		return kind
	case strings.HasPrefix(norm(locations), norm(kind)):
		return locations
	}
	return kind + ": " + locations
}

func flagLabel(id string) string {
	if s, ok := model.FlagLabels[id]; ok {
		return s
	}
	s := strings.ToLower(strings.ReplaceAll(id, "_", " "))
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func sendAtText(sub *store.Subscription) string {
	at := fmt.Sprintf("%02d:00 (%s)", sub.Hour, sub.Timezone)
	if sub.Frequency == store.Weekly {
		return "weekly at " + at
	}
	return "daily at " + at
}

func (s *Service) render(v *mailView) (text, html string, err error) {
	var tb, hb bytes.Buffer
	name := "digest"
	if v.ConfirmURL != "" || v.Notice {
		name = "confirm"
	}
	if err := textT.ExecuteTemplate(&tb, name+".txt", v); err != nil {
		return "", "", err
	}
	if err := htmlT.ExecuteTemplate(&hb, name+".html", v); err != nil {
		return "", "", err
	}
	return tb.String(), hb.String(), nil
}

// digestMessage renders digest d of sub and returns it with the number of
// listings shown.
func (s *Service) digestMessage(ctx context.Context, sub *store.Subscription, d *store.Digest, items []store.LedgerItem) (*Message, int, error) {
	ls, err := s.shownListings(ctx, items)
	if err != nil {
		return nil, 0, err
	}
	v := &mailView{Search: Describe(sub.Query), SearchURL: s.searchURL(sub.Query), PrefsURL: s.link(sub, PreferencesPath, PurposePreferences),
		UnsubURL: s.link(sub, UnsubscribePath, PurposeUnsubscribe), Frequency: sub.Frequency, SendAt: sendAtText(sub)}
	for _, l := range ls {
		v.Listings = append(v.Listings, view(l, s.opts.PublicURL))
	}
	v.More = d.Total - len(ls)
	switch d.Total {
	case 0:
		v.Subject = "No new listings for " + v.Search
	case 1:
		v.Subject = "1 new listing for " + v.Search
	default:
		v.Subject = strconv.Itoa(d.Total) + " new listings for " + v.Search
	}
	text, html, err := s.render(v)
	if err != nil {
		return nil, 0, err
	}
	return &Message{From: s.from.String(), To: sub.Email, Subject: v.Subject, MessageID: d.MessageID, Date: s.messageDate(d), Text: text, HTML: html,
		Headers: map[string]string{
			"List-Unsubscribe":      "<" + v.UnsubURL + ">",
			"List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
			"Auto-Submitted":        "auto-generated",
			"List-Id":               "gigscout digest <digest." + s.domain() + ">",
		}}, len(ls), nil
}

// messageDate is the Date of a digest: when it was written (stable across
// a resend), or now for a dry run.
func (s *Service) messageDate(d *store.Digest) time.Time {
	if !d.CreatedAt.IsZero() {
		return d.CreatedAt
	}
	return s.now().Truncate(time.Second)
}

// confirmationMessage renders sub's confirmation e-mail, or with notice
// the note to an address that is subscribed already.
func (s *Service) confirmationMessage(sub *store.Subscription, notice bool) (*Message, error) {
	v := &mailView{Search: Describe(sub.Query), SearchURL: s.searchURL(sub.Query), PrefsURL: s.link(sub, PreferencesPath, PurposePreferences),
		Frequency: sub.Frequency, SendAt: sendAtText(sub), Notice: notice}
	v.Subject = "Confirm your gigscout digest: " + v.Search
	if notice {
		v.Subject = "You are subscribed already: " + v.Search
	} else {
		v.ConfirmURL = s.link(sub, ConfirmPath, PurposeConfirm)
	}
	text, html, err := s.render(v)
	if err != nil {
		return nil, err
	}
	b := make([]byte, 8)
	randRead(b)
	return &Message{From: s.from.String(), To: sub.Email, Subject: v.Subject,
		MessageID: "confirm." + strconv.FormatInt(sub.ID, 10) + "." + hexString(b) + "@" + s.domain(), Date: s.now().Truncate(time.Second),
		Text: text, HTML: html, Headers: map[string]string{"Auto-Submitted": "auto-generated"}}, nil
}
