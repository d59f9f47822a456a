package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"html/template"
	"io"
	"math"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/store"
)

// Subscriptions is what the digest pages and POST /api/v1/subscriptions
// need: internal/digest implements it (web does not import digest). Token
// errors wrap store.ErrNotFound; bad values are *store.FieldError.
type Subscriptions interface {
	// Subscribe records a subscribe request and sends the confirmation
	// e-mail; its result never tells whether the address was subscribed.
	Subscribe(ctx context.Context, email, query string, p store.Prefs) error
	// Subscription returns the subscription of a token made for purpose
	// ("confirm", "preferences" or "unsubscribe").
	Subscription(ctx context.Context, token, purpose string) (*store.Subscription, error)
	Token(sub *store.Subscription, purpose string) string
	Confirm(ctx context.Context, token string) (*store.Subscription, error)
	UpdatePrefs(ctx context.Context, token string, p store.Prefs, paused bool) (*store.Subscription, error)
	Unsubscribe(ctx context.Context, token string) (*store.Subscription, error)
	Delete(ctx context.Context, token string) error
}

// Subscribe rate limit: per address, three requests at once, then one
// every ten minutes. It applies whatever the address's state, so it tells
// nothing about it.
const (
	subscribeBurst = 3
	subscribeEvery = 600 // seconds
)

// commonZones are offered on the pages (any tz database name is accepted).
var commonZones = []string{"UTC", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
	"America/Toronto", "America/Sao_Paulo", "America/Mexico_City", "Europe/London", "Europe/Berlin", "Europe/Paris",
	"Europe/Madrid", "Europe/Warsaw", "Africa/Lagos", "Africa/Nairobi", "Asia/Kolkata", "Asia/Singapore", "Asia/Manila",
	"Asia/Tokyo", "Asia/Shanghai", "Australia/Sydney", "Pacific/Auckland"}

var subscriptionPages = func() map[string]*template.Template {
	m := map[string]*template.Template{}
	for _, name := range []string{"subscribe", "subscription"} {
		m[name] = template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html"))
	}
	return m
}()

// subscribeView is the /subscribe page.
type subscribeView struct {
	Email, Query, Search, Frequency, Timezone string
	SearchURL                                 string
	Hour                                      int
	Hours                                     []int
	Zones                                     []string
	Error                                     *ParamError
	Done                                      bool
}

// subscriptionView is the confirm, preferences and unsubscribe pages.
type subscriptionView struct {
	Kind                string // confirm, confirmed, preferences, saved, unsubscribe, unsubscribed, deleted
	Token               string
	Sub                 *store.Subscription
	Search              string
	SearchURL, PrefsURL string
	Hours               []int
	Zones               []string
	Error               *ParamError
}

func hoursList() []int {
	h := make([]int, 24)
	for i := range h {
		h[i] = i
	}
	return h
}

// renderSub writes one of the subscription pages: never cached, never
// indexed, and no Referer (the URL carries a token).
func (s *Server) renderSub(w http.ResponseWriter, status int, name, title string, page any) {
	var buf bytes.Buffer
	if err := subscriptionPages[name].ExecuteTemplate(&buf, "layout", pageData{Title: title, Noindex: true, Page: page, Asset: assetURL}); err != nil {
		s.log.Error("render page", "page", name, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// subscribeRequest is the body of POST /api/v1/subscriptions.
type subscribeRequest struct {
	Email     string `json:"email"`
	Query     string `json:"query"`
	Frequency string `json:"frequency"`
	Hour      *int   `json:"hour"`
	Timezone  string `json:"timezone"`
}

// checkSubscribe validates a request, naming the bad field, and returns
// the normalized address and the query's parameters. The query is checked
// as the search API checks its parameters.
func (s *Server) checkSubscribe(req subscribeRequest) (string, store.Prefs, error) {
	email, err := store.NormalizeEmail(req.Email)
	if err != nil {
		return "", store.Prefs{}, fieldParam(err)
	}
	if req.Hour == nil {
		return "", store.Prefs{}, badParam("hour", "hour is required (0-23)")
	}
	p := store.Prefs{Frequency: req.Frequency, Hour: *req.Hour, Timezone: req.Timezone}
	if err := p.Validate(); err != nil {
		return "", store.Prefs{}, fieldParam(err)
	}
	v, err := url.ParseQuery(strings.TrimPrefix(req.Query, "?"))
	if err != nil {
		return "", store.Prefs{}, badParam("query", "query must be search parameters like q=data&paid=true")
	}
	if _, _, err := ParseSearch(v, s.opts.Now()); err != nil {
		var pe *ParamError
		if errors.As(err, &pe) {
			return "", store.Prefs{}, badParam("query", "query: %s", pe.Message)
		}
		return "", store.Prefs{}, err
	}
	return email, p, nil
}

// fieldParam turns a *store.FieldError into a ParamError (400 naming it).
func fieldParam(err error) error {
	var fe *store.FieldError
	if errors.As(err, &fe) {
		return &ParamError{Param: fe.Field, Message: fe.Message}
	}
	return err
}

// rateLimited is a subscribe request over its address's limit.
type rateLimited struct{ wait int } // seconds

func (e *rateLimited) Error() string {
	return "too many subscribe requests for this address: wait " + strconv.Itoa(e.wait) + "s and try again"
}

func (e *rateLimited) apiError() *apiError {
	return &apiError{status: http.StatusTooManyRequests, code: "rate_limited", message: e.Error()}
}

// allowSubscribe takes a token of the address's rate limit.
func (s *Server) allowSubscribe(email string) error {
	if ok, wait := s.subLimit.allow(strings.ToLower(email), costSearch); !ok {
		return &rateLimited{wait: int(math.Ceil(wait.Seconds()))}
	}
	return nil
}

var errNoSubscriptions = &apiError{status: http.StatusNotFound, code: "not_found", message: "digests are not enabled on this server"}

// apiSubscribe serves POST /api/v1/subscriptions.
func (s *Server) apiSubscribe(w http.ResponseWriter, r *http.Request) {
	if s.opts.Subscriptions == nil {
		s.error(w, r, errNoSubscriptions)
		return
	}
	var req subscribeRequest
	dec := json.NewDecoder(io.LimitReader(r.Body, 16<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		param, msg := "body", "the body must be a JSON object with email, query, frequency, hour and timezone"
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			param, msg = te.Field, te.Field+" has the wrong type"
		} else if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			param, msg = strings.Trim(f, `"`), "unknown field "+f
		}
		s.error(w, r, badParam(param, "%s", msg))
		return
	}
	email, p, err := s.checkSubscribe(req)
	if err == nil {
		err = s.allowSubscribe(email)
	}
	if err == nil {
		err = fieldParam(s.opts.Subscriptions.Subscribe(r.Context(), email, req.Query, p))
	}
	if err != nil {
		s.subscribeError(w, r, err)
		return
	}
	s.json(w, http.StatusAccepted, map[string]string{"status": "accepted",
		"message": "If this address can receive mail, a confirmation e-mail is on its way. Nothing else is sent until the link in it is confirmed."})
}

// subscribeError answers a failed subscribe request: 429 with
// Retry-After, 400 naming the field, or what toAPIError says.
func (s *Server) subscribeError(w http.ResponseWriter, r *http.Request, err error) {
	var rl *rateLimited
	if errors.As(err, &rl) {
		w.Header().Set("Retry-After", strconv.Itoa(rl.wait))
		err = rl.apiError()
	}
	s.error(w, r, err)
}

// searchQuery is the search parameters of a request (empty ones and the
// cursor left out), encoded.
func searchQuery(v url.Values) string {
	clean := url.Values{}
	for k, vs := range v {
		if k == "cursor" {
			continue
		}
		for _, x := range vs {
			if strings.TrimSpace(x) != "" {
				clean.Add(k, x)
			}
		}
	}
	return clean.Encode()
}

// subscribePage serves GET /subscribe: the form, prefilled with the search
// whose parameters it was given.
func (s *Server) subscribePage(w http.ResponseWriter, r *http.Request) {
	if s.opts.Subscriptions == nil {
		s.errorPage(w, r, errNoSubscriptions)
		return
	}
	q := searchQuery(r.URL.Query())
	v := &subscribeView{Query: q, Search: describeQuery(q), SearchURL: searchPageURL(q), Frequency: "daily", Hour: 8, Timezone: "UTC", Hours: hoursList(), Zones: commonZones}
	status := http.StatusOK
	if _, _, err := ParseSearch(r.URL.Query(), s.opts.Now()); err != nil {
		var pe *ParamError
		if !errors.As(err, &pe) {
			s.errorPage(w, r, err)
			return
		}
		v.Error, status = pe, http.StatusBadRequest
	}
	s.renderSub(w, status, "subscribe", "E-mail me new listings", v)
}

// subscribeForm serves POST /subscribe (the form, without JavaScript).
func (s *Server) subscribeForm(w http.ResponseWriter, r *http.Request) {
	if s.opts.Subscriptions == nil {
		s.errorPage(w, r, errNoSubscriptions)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		s.errorPage(w, r, badParam("body", "the form could not be read"))
		return
	}
	f := r.PostForm
	v := &subscribeView{Email: f.Get("email"), Query: f.Get("query"), Frequency: f.Get("frequency"), Timezone: f.Get("timezone"),
		Hours: hoursList(), Zones: commonZones}
	v.Search, v.SearchURL = describeQuery(v.Query), searchPageURL(v.Query)
	req := subscribeRequest{Email: v.Email, Query: v.Query, Frequency: v.Frequency, Timezone: strings.TrimSpace(v.Timezone)}
	hour, herr := strconv.Atoi(f.Get("hour"))
	if herr == nil {
		req.Hour, v.Hour = &hour, hour
	}
	var err error
	if herr != nil {
		err = badParam("hour", "hour must be a whole number from 0 to 23")
	}
	var email string
	var p store.Prefs
	if err == nil {
		email, p, err = s.checkSubscribe(req)
	}
	if err == nil {
		err = s.allowSubscribe(email)
	}
	if err == nil {
		err = fieldParam(s.opts.Subscriptions.Subscribe(r.Context(), email, req.Query, p))
	}
	if err != nil {
		var rl *rateLimited
		if errors.As(err, &rl) {
			w.Header().Set("Retry-After", strconv.Itoa(rl.wait))
			err = rl.apiError()
		}
		ae := toAPIError(err)
		if ae.status >= 500 {
			s.errorPage(w, r, err)
			return
		}
		v.Error = &ParamError{Param: ae.param, Message: ae.message}
		s.renderSub(w, ae.status, "subscribe", "E-mail me new listings", v)
		return
	}
	v.Done = true
	s.renderSub(w, http.StatusOK, "subscribe", "Check your inbox", v)
}

// searchPageURL is the search page of an encoded search.
func searchPageURL(query string) string {
	if query == "" {
		return "/"
	}
	return "/?" + query
}

// describeQuery names an encoded search for people.
func describeQuery(query string) string {
	v, _ := url.ParseQuery(query)
	return describeSearch(v)
}

// tokenSub loads the subscription of the request's token for purpose, or
// writes the "link not valid" page and returns nil.
func (s *Server) tokenSub(w http.ResponseWriter, r *http.Request, purpose string) (*store.Subscription, string) {
	if s.opts.Subscriptions == nil {
		s.errorPage(w, r, errNoSubscriptions)
		return nil, ""
	}
	token := r.FormValue("token")
	sub, err := s.opts.Subscriptions.Subscription(r.Context(), token, purpose)
	if err != nil {
		s.linkError(w, r, err)
		return nil, ""
	}
	return sub, token
}

func (s *Server) linkError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		s.renderSub(w, http.StatusNotFound, "subscription", "This link is not valid", &subscriptionView{Kind: "invalid"})
		return
	}
	s.errorPage(w, r, err)
}

func (s *Server) subView(kind, token string, sub *store.Subscription) *subscriptionView {
	v := &subscriptionView{Kind: kind, Token: token, Sub: sub, Hours: hoursList(), Zones: commonZones}
	if sub != nil {
		v.Search = describeQuery(sub.Query)
		v.SearchURL = searchPageURL(sub.Query)
		v.PrefsURL = "/subscriptions/preferences?token=" + url.QueryEscape(s.opts.Subscriptions.Token(sub, "preferences"))
	}
	return v
}

// confirmPage serves GET /subscriptions/confirm: a button, never a
// confirmation (mail scanners follow links).
func (s *Server) confirmPage(w http.ResponseWriter, r *http.Request) {
	sub, token := s.tokenSub(w, r, "confirm")
	if sub == nil {
		return
	}
	s.renderSub(w, http.StatusOK, "subscription", "Confirm your subscription", s.subView("confirm", token, sub))
}

// confirmPost serves POST /subscriptions/confirm.
func (s *Server) confirmPost(w http.ResponseWriter, r *http.Request) {
	if s.opts.Subscriptions == nil {
		s.errorPage(w, r, errNoSubscriptions)
		return
	}
	sub, err := s.opts.Subscriptions.Confirm(r.Context(), r.FormValue("token"))
	if err != nil {
		s.linkError(w, r, err)
		return
	}
	s.renderSub(w, http.StatusOK, "subscription", "Subscribed", s.subView("confirmed", "", sub))
}

// preferencesPage serves GET /subscriptions/preferences.
func (s *Server) preferencesPage(w http.ResponseWriter, r *http.Request) {
	sub, token := s.tokenSub(w, r, "preferences")
	if sub == nil {
		return
	}
	s.renderSub(w, http.StatusOK, "subscription", "Your digest", s.subView("preferences", token, sub))
}

// preferencesPost serves POST /subscriptions/preferences: action save
// (frequency, hour, timezone, paused) or delete.
func (s *Server) preferencesPost(w http.ResponseWriter, r *http.Request) {
	sub, token := s.tokenSub(w, r, "preferences")
	if sub == nil {
		return
	}
	switch r.FormValue("action") {
	case "delete":
		if err := s.opts.Subscriptions.Delete(r.Context(), token); err != nil {
			s.linkError(w, r, err)
			return
		}
		s.renderSub(w, http.StatusOK, "subscription", "Deleted", s.subView("deleted", "", nil))
	case "save":
		hour, err := strconv.Atoi(r.FormValue("hour"))
		p := store.Prefs{Frequency: r.FormValue("frequency"), Hour: hour, Timezone: strings.TrimSpace(r.FormValue("timezone"))}
		if err != nil {
			err = badParam("hour", "hour must be a whole number from 0 to 23")
		} else {
			var updated *store.Subscription
			if updated, err = s.opts.Subscriptions.UpdatePrefs(r.Context(), token, p, r.FormValue("paused") == "true"); err == nil {
				sub = updated
			}
		}
		if err != nil {
			var fe *store.FieldError
			var pe *ParamError
			if errors.As(err, &fe) || errors.As(err, &pe) {
				v := s.subView("preferences", token, sub)
				v.Error, _ = fieldParam(err).(*ParamError)
				s.renderSub(w, http.StatusBadRequest, "subscription", "Your digest", v)
				return
			}
			s.linkError(w, r, err)
			return
		}
		s.renderSub(w, http.StatusOK, "subscription", "Saved", s.subView("saved", token, sub))
	default:
		s.errorPage(w, r, badParam("action", "action must be save or delete"))
	}
}

// unsubscribePage serves GET /subscriptions/unsubscribe: a confirm page
// only (a GET never unsubscribes).
func (s *Server) unsubscribePage(w http.ResponseWriter, r *http.Request) {
	sub, token := s.tokenSub(w, r, "unsubscribe")
	if sub == nil {
		return
	}
	s.renderSub(w, http.StatusOK, "subscription", "Unsubscribe", s.subView("unsubscribe", token, sub))
}

// unsubscribePost serves POST /subscriptions/unsubscribe?token=...: the
// RFC 8058 one-click unsubscribe (body List-Unsubscribe=One-Click) and the
// page's button. It unsubscribes at once.
func (s *Server) unsubscribePost(w http.ResponseWriter, r *http.Request) {
	if s.opts.Subscriptions == nil {
		s.errorPage(w, r, errNoSubscriptions)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	sub, err := s.opts.Subscriptions.Unsubscribe(r.Context(), r.FormValue("token"))
	if err != nil {
		s.linkError(w, r, err)
		return
	}
	s.renderSub(w, http.StatusOK, "subscription", "Unsubscribed", s.subView("unsubscribed", "", sub))
}

// DigestRun is the answer of POST /admin/digests/run: one entry per
// subscription acted on (internal/digest's Result), and the failures.
type DigestRun struct {
	Data   any    `json:"data"`
	Failed string `json:"failed,omitempty"`
}

// runDigests serves `gigscout digest run` while the server owns the
// index. Only a client on this machine may ask.
func (s *Server) runDigests(w http.ResponseWriter, r *http.Request) {
	if s.opts.RunDigests == nil {
		s.error(w, r, &apiError{status: http.StatusNotFound, code: "not_found", message: "no such endpoint"})
		return
	}
	host, _, _ := net.SplitHostPort(r.RemoteAddr)
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() || r.Header.Get("Origin") != "" {
		s.error(w, r, &apiError{status: http.StatusForbidden, code: "forbidden", message: "digest runs are only for clients on this machine"})
		return
	}
	dry := false
	if v := r.URL.Query().Get("dry_run"); v != "" {
		var err error
		if dry, err = strconv.ParseBool(v); err != nil {
			s.error(w, r, badParam("dry_run", "dry_run must be true or false, got %q", v))
			return
		}
	}
	res, err := s.opts.RunDigests(r.Context(), dry)
	if res == nil && err != nil {
		s.error(w, r, err)
		return
	}
	out := DigestRun{Data: res}
	if err != nil {
		out.Failed = err.Error()
	}
	s.json(w, http.StatusOK, out)
}
