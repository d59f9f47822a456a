package web

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/gigscout/gigscout/internal/store"
)

// Widget keys. A career office's key is "wk_<id>.<sig>": id is 12 random
// bytes in hex, sig the unpadded base64url HMAC-SHA256 of the id under the
// server's widget secret. The store keeps the id with the key's name,
// origins, presets and lifetime; the signature means a key cannot be
// guessed or altered without the secret, and lets the server refuse a
// forged key before it touches the database.
const (
	widgetKeyPrefix = "wk_"
	widgetKeyDomain = "gigscout widget key v1:"
	widgetIDHexLen  = 24
	widgetSigLen    = 43 // base64url of 32 bytes, unpadded
)

// DefaultWidgetExpiry is how long a key lives when no expiry is given.
const DefaultWidgetExpiry = 365 * 24 * time.Hour

// presetParams are the search parameters a key may lock: the filters.
// q, sort, limit and cursor belong to the student.
var presetParams = []string{"remote", "region", "type", "skill", "source", "company", "paid", "min_hourly_usd",
	"max_hours", "posted_within", "deadline_after", "exclude_flag", "include_flagged", "include_closed"}

// lockedUnlessPreset are the parameters that widen a search beyond what
// students see by default; through a key they are off unless preset.
var lockedUnlessPreset = []string{"include_flagged", "include_closed"}

// signWidgetKey returns the key string of id.
func signWidgetKey(secret []byte, id string) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(widgetKeyDomain + id))
	return widgetKeyPrefix + id + "." + base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// verifyWidgetKey returns the id of a well-formed key whose signature is
// right, or false. The signature is compared in constant time.
func verifyWidgetKey(secret []byte, raw string) (string, bool) {
	rest, ok := strings.CutPrefix(raw, widgetKeyPrefix)
	if !ok || len(secret) == 0 {
		return "", false
	}
	id, sig, ok := strings.Cut(rest, ".")
	if !ok || len(id) != widgetIDHexLen || len(sig) != widgetSigLen {
		return "", false
	}
	if _, err := hex.DecodeString(id); err != nil || strings.ToLower(id) != id {
		return "", false
	}
	want := signWidgetKey(secret, id)
	if !hmac.Equal([]byte(want), []byte(raw)) {
		return "", false
	}
	return id, true
}

// newWidgetID is a fresh random key id.
func newWidgetID() string {
	b := make([]byte, widgetIDHexLen/2)
	rand.Read(b) // never fails (crypto/rand)
	return hex.EncodeToString(b)
}

// The 403 answers of a key that cannot be used.
var (
	errKeyInvalid = &apiError{status: http.StatusForbidden, code: "key_invalid", param: "key", message: "this widget key is not valid (mistyped, altered or unknown)"}
	errKeyRevoked = &apiError{status: http.StatusForbidden, code: "key_revoked", param: "key", message: "this widget key was revoked by its owner"}
	errKeyExpired = &apiError{status: http.StatusForbidden, code: "key_expired", param: "key", message: "this widget key has expired"}
)

// resolveWidgetKey checks a key's signature, revocation and expiry and
// returns the stored key; a key that cannot be used is a 403 apiError
// (key_invalid, key_revoked, key_expired).
func (s *Server) resolveWidgetKey(ctx context.Context, raw string) (*store.WidgetKey, error) {
	id, ok := verifyWidgetKey(s.opts.WidgetSecret, strings.TrimSpace(raw))
	if !ok {
		return nil, errKeyInvalid
	}
	k, err := s.opts.Store.WidgetKey(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errKeyInvalid // signed with our secret but deleted from this store
	}
	if err != nil {
		return nil, err
	}
	switch {
	case k.RevokedAt != nil:
		return k, errKeyRevoked
	case k.ExpiresAt != nil && !s.opts.Now().Before(*k.ExpiresAt):
		return k, errKeyExpired
	}
	return k, nil
}

// keyedPaths are the public routes that take key=; the key, not
// server.allowed_origins, decides their CORS answer.
func keyedRequest(r *http.Request) bool {
	p := r.URL.Path
	if p != "/api/v1/search" && p != "/api/v1/widget-status" && !strings.HasPrefix(p, "/feeds/") {
		return false
	}
	return r.URL.Query().Has("key")
}

// selfOrigin is this server's own origin as a browser names it.
func (s *Server) selfOrigin(r *http.Request) string {
	o, _ := normalizeOrigin(s.baseURL(r))
	return o
}

// checkWidgetOrigin decides whether the request's Origin may use k and, when
// it may, allows it to read the response (CORS).
//
// No Origin header: allowed. Browsers send Origin on every cross-origin
// fetch, so a request without one is a same-origin page (/embed, the
// /widget preview) or a program such as curl, which could send any Origin
// it liked: the origin list stops other websites from showing the key's
// widget, it is not an access control for programs. The presets still
// apply, so a key never gives more than the public API does without one.
func (s *Server) checkWidgetOrigin(w http.ResponseWriter, r *http.Request, k *store.WidgetKey) error {
	w.Header().Add("Vary", "Origin")
	origin := r.Header.Get("Origin")
	if origin == "" {
		return nil
	}
	norm, _ := normalizeOrigin(origin)
	if norm == "" || (norm != s.selfOrigin(r) && !slices.Contains(k.Origins, norm)) {
		return &apiError{status: http.StatusForbidden, code: "origin_not_allowed", message: fmt.Sprintf("the website %s may not use this widget key; its owner can add the origin to the key", origin)}
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", origin)
	h.Set("Access-Control-Expose-Headers", "ETag, Last-Modified, Retry-After")
	return nil
}

// widgetParams are the request's search parameters with a key applied:
// with key=, the key must be usable from the request's origin, its presets
// replace the request's values of the same parameters, and
// include_flagged/include_closed are dropped unless preset. Without key=
// they are the request's parameters and the key is nil.
func (s *Server) widgetParams(w http.ResponseWriter, r *http.Request) (url.Values, *store.WidgetKey, error) {
	v, err := s.apiQuery(r)
	if err != nil {
		return nil, nil, err
	}
	raw, ok := v["key"]
	if !ok {
		return v, nil, nil
	}
	if len(raw) != 1 {
		return nil, nil, badParam("key", "key may be given once")
	}
	k, err := s.resolveWidgetKey(r.Context(), raw[0])
	if err != nil {
		return nil, nil, err
	}
	if err := s.checkWidgetOrigin(w, r, k); err != nil {
		return nil, nil, err
	}
	return applyPresets(v, k.Presets), k, nil
}

// applyPresets returns v without key, with the presets' values in place of
// v's for the same parameters and the widening switches off unless preset.
func applyPresets(v, presets url.Values) url.Values {
	out := url.Values{}
	for p, vals := range v {
		if p == "key" || (slices.Contains(lockedUnlessPreset, p) && !presets.Has(p)) {
			continue
		}
		out[p] = slices.Clone(vals)
	}
	for p, vals := range presets {
		out[p] = slices.Clone(vals)
	}
	return out
}

// recordWidgetSearch counts a first-page search through k (paging through
// the same results is not another search). Counting never fails a search.
func (s *Server) recordWidgetSearch(r *http.Request, k *store.WidgetKey, cursor string) {
	if k == nil || cursor != "" {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), 3*time.Second)
	defer cancel()
	if err := s.opts.Store.RecordWidgetSearch(ctx, k.ID, s.opts.Now()); err != nil {
		s.log.Warn("widget search not counted", "key_id", k.ID, "error", err)
	}
}

// normalizeOrigin turns an origin or a URL of one into "scheme://host[:port]"
// as browsers send it in Origin (lower case, default port left out), or
// returns an error saying what is wrong.
func normalizeOrigin(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	switch {
	case err != nil:
		return "", fmt.Errorf("%q is not a URL", raw)
	case u.Scheme != "http" && u.Scheme != "https":
		return "", fmt.Errorf("%q must start with https:// or http://", raw)
	case u.Host == "" || u.Hostname() == "":
		return "", fmt.Errorf("%q has no host", raw)
	case u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "":
		return "", fmt.Errorf("%q must be an origin only, like https://careers.example.edu (no path, query or user)", raw)
	case strings.ContainsAny(u.Host, "*%"):
		return "", fmt.Errorf("%q: wildcards are not allowed", raw)
	}
	scheme, host, port := strings.ToLower(u.Scheme), strings.ToLower(u.Hostname()), u.Port()
	if (scheme == "http" && port == "80") || (scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		return scheme + "://" + host + ":" + port, nil
	}
	return scheme + "://" + host, nil
}

// WidgetSpec is what a new key is made from.
type WidgetSpec struct {
	Name    string
	Origins []string
	// Filters are the presets, in the search API's parameter names.
	Filters url.Values
	// Expires is the key's lifetime; 0 means it never expires.
	Expires time.Duration
}

// WidgetSpecError is a bad part of a WidgetSpec. Field is "name",
// "origin", "expires" or "filter"; Param names the filter.
type WidgetSpecError struct {
	Field, Param, Message string
}

func (e *WidgetSpecError) Error() string {
	if e.Param != "" {
		return e.Field + " " + e.Param + ": " + e.Message
	}
	return e.Field + ": " + e.Message
}

// checkWidgetSpec validates spec and returns its normalized origins and
// presets. Each filter is validated exactly as the search API validates
// that parameter.
func checkWidgetSpec(spec WidgetSpec, now time.Time) ([]string, url.Values, error) {
	name := strings.TrimSpace(spec.Name)
	if name == "" || len(name) > 200 {
		return nil, nil, &WidgetSpecError{Field: "name", Message: "a name of 1 to 200 characters is required (the career office, e.g. \"State U careers\")"}
	}
	if len(spec.Origins) == 0 {
		return nil, nil, &WidgetSpecError{Field: "origin", Message: "at least one origin is required (the website that shows the widget, e.g. https://careers.example.edu)"}
	}
	var origins []string
	for _, o := range spec.Origins {
		n, err := normalizeOrigin(o)
		if err != nil {
			return nil, nil, &WidgetSpecError{Field: "origin", Message: err.Error()}
		}
		if !slices.Contains(origins, n) {
			origins = append(origins, n)
		}
	}
	if spec.Expires < 0 {
		return nil, nil, &WidgetSpecError{Field: "expires", Message: "must be positive (or never)"}
	}
	presets := url.Values{}
	for p, vals := range spec.Filters {
		if !slices.Contains(presetParams, p) {
			return nil, nil, &WidgetSpecError{Field: "filter", Param: p, Message: fmt.Sprintf("%q cannot be preset; presets are the search filters: %s", p, strings.Join(presetParams, ", "))}
		}
		for _, val := range vals {
			if val = strings.TrimSpace(val); val == "" {
				return nil, nil, &WidgetSpecError{Field: "filter", Param: p, Message: "a preset needs a value"}
			}
			presets.Add(p, val)
		}
	}
	if _, _, err := ParseSearch(presets, now); err != nil {
		var pe *ParamError
		if errors.As(err, &pe) {
			return nil, nil, &WidgetSpecError{Field: "filter", Param: pe.Param, Message: pe.Message}
		}
		return nil, nil, err
	}
	return origins, presets, nil
}

// ParseWidgetExpiry reads an expiry like 365d, 720h or never (0: never).
func ParseWidgetExpiry(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	switch s {
	case "":
		return DefaultWidgetExpiry, nil
	case "never", "0":
		return 0, nil
	}
	d, err := parseWithin(s)
	if err != nil {
		return 0, fmt.Errorf("expiry must be like 365d, 720h or never, got %q", s)
	}
	return d, nil
}

// CreatedWidget is a new key as the CLI and the API print it.
type CreatedWidget struct {
	Key       string     `json:"key"`
	Snippet   string     `json:"snippet"`
	ExpiresAt *time.Time `json:"expires_at"`
}

// WidgetKeyInfo is a key as listed: its key string, status and record.
type WidgetKeyInfo struct {
	Key    string `json:"key"`
	Status string `json:"status"` // active, revoked or expired
	*store.WidgetKey
	Snippet string `json:"snippet"`
}

// WidgetAdmin creates, lists and revokes keys; the CLI and the admin API
// both use it.
type WidgetAdmin struct {
	Store  store.Store
	Secret []byte
	// PublicURL is the server's base URL, for the snippet.
	PublicURL string
	Now       func() time.Time
}

func (a *WidgetAdmin) now() time.Time {
	if a.Now != nil {
		return a.Now()
	}
	return time.Now()
}

// Create validates spec, stores a new key and returns it with its snippet.
func (a *WidgetAdmin) Create(ctx context.Context, spec WidgetSpec) (*CreatedWidget, *store.WidgetKey, error) {
	if len(a.Secret) == 0 {
		return nil, nil, errors.New("widget: no widget secret configured")
	}
	now := a.now().UTC()
	origins, presets, err := checkWidgetSpec(spec, now)
	if err != nil {
		return nil, nil, err
	}
	k := &store.WidgetKey{ID: newWidgetID(), Name: strings.TrimSpace(spec.Name), Origins: origins, Presets: presets, CreatedAt: now.Truncate(time.Second)}
	if spec.Expires > 0 {
		exp := now.Add(spec.Expires).Truncate(time.Second)
		k.ExpiresAt = &exp
	}
	if err := a.Store.CreateWidgetKey(ctx, k); err != nil {
		return nil, nil, err
	}
	raw := signWidgetKey(a.Secret, k.ID)
	return &CreatedWidget{Key: raw, Snippet: WidgetSnippet(a.PublicURL, raw), ExpiresAt: k.ExpiresAt}, k, nil
}

// List returns every key with its status.
func (a *WidgetAdmin) List(ctx context.Context) ([]WidgetKeyInfo, error) {
	ks, err := a.Store.WidgetKeys(ctx)
	if err != nil {
		return nil, err
	}
	out := []WidgetKeyInfo{}
	for _, k := range ks {
		out = append(out, a.info(k))
	}
	return out, nil
}

func (a *WidgetAdmin) info(k *store.WidgetKey) WidgetKeyInfo {
	raw := signWidgetKey(a.Secret, k.ID)
	st := "active"
	switch {
	case k.RevokedAt != nil:
		st = "revoked"
	case k.ExpiresAt != nil && !a.now().Before(*k.ExpiresAt):
		st = "expired"
	}
	return WidgetKeyInfo{Key: raw, Status: st, WidgetKey: k, Snippet: WidgetSnippet(a.PublicURL, raw)}
}

// ErrUnknownKey is a revoke or stats request for a key that is not ours.
var ErrUnknownKey = errors.New("no such widget key")

// lookup finds a key by its key string or its bare id.
func (a *WidgetAdmin) lookup(ctx context.Context, raw string) (*store.WidgetKey, error) {
	raw = strings.TrimSpace(raw)
	id, ok := verifyWidgetKey(a.Secret, raw)
	if !ok {
		if len(raw) != widgetIDHexLen {
			return nil, ErrUnknownKey
		}
		id = raw
	}
	k, err := a.Store.WidgetKey(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, ErrUnknownKey
	}
	return k, err
}

// Revoke revokes the key given by its key string or id.
func (a *WidgetAdmin) Revoke(ctx context.Context, raw string) (WidgetKeyInfo, error) {
	k, err := a.lookup(ctx, raw)
	if err != nil {
		return WidgetKeyInfo{}, err
	}
	if k, err = a.Store.RevokeWidgetKey(ctx, k.ID); err != nil {
		return WidgetKeyInfo{}, err
	}
	return a.info(k), nil
}

// WidgetSnippet is the two lines a career office pastes into its page.
func WidgetSnippet(publicURL, key string) string {
	base := strings.TrimRight(publicURL, "/")
	return fmt.Sprintf("<div data-gigscout data-key=\"%s\"></div>\n<script src=\"%s/widget.js\" async></script>", key, base)
}

// admin reports whether the request carries the admin token, answering
// 404 when no token is configured and 401 when the token is wrong.
func (s *Server) admin(w http.ResponseWriter, r *http.Request) bool {
	if s.opts.AdminToken == "" {
		s.error(w, r, &apiError{status: http.StatusNotFound, code: "not_found", message: "no such endpoint"})
		return false
	}
	got, bearer := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	a, b := sha256.Sum256([]byte(strings.TrimSpace(got))), sha256.Sum256([]byte(s.opts.AdminToken))
	if !bearer || got == "" || subtle.ConstantTimeCompare(a[:], b[:]) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="gigscout admin"`)
		s.error(w, r, &apiError{status: http.StatusUnauthorized, code: "unauthorized", message: "this endpoint needs the admin token (Authorization: Bearer TOKEN)"})
		return false
	}
	w.Header().Set("Cache-Control", "no-store")
	return true
}

func (s *Server) widgetAdmin() *WidgetAdmin {
	return &WidgetAdmin{Store: s.opts.Store, Secret: s.opts.WidgetSecret, PublicURL: s.opts.PublicURL, Now: s.opts.Now}
}

// widgetAdminFor is widgetAdmin with the snippet's base taken from the
// request when no public URL is configured.
func (s *Server) widgetAdminFor(r *http.Request) *WidgetAdmin {
	a := s.widgetAdmin()
	a.PublicURL = s.baseURL(r)
	return a
}

// createWidgetBody is POST /api/v1/widgets. filters maps a parameter to a
// value or a list of values.
type createWidgetBody struct {
	Name    string                     `json:"name"`
	Origins []string                   `json:"origins"`
	Filters map[string]json.RawMessage `json:"filters"`
	Expires string                     `json:"expires"`
}

func (s *Server) createWidget(w http.ResponseWriter, r *http.Request) {
	if !s.admin(w, r) {
		return
	}
	var body createWidgetBody
	dec := json.NewDecoder(io.LimitReader(r.Body, 64<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&body); err != nil {
		s.error(w, r, &apiError{status: http.StatusBadRequest, code: "invalid_body", message: "the body must be JSON {\"name\", \"origins\": [...], \"filters\": {...}, \"expires\"}: " + err.Error()})
		return
	}
	spec := WidgetSpec{Name: body.Name, Origins: body.Origins, Filters: url.Values{}}
	for p, raw := range body.Filters {
		var one string
		var many []string
		switch {
		case json.Unmarshal(raw, &one) == nil:
			spec.Filters.Add(p, one)
		case json.Unmarshal(raw, &many) == nil:
			spec.Filters[p] = append(spec.Filters[p], many...)
		default:
			s.error(w, r, &apiError{status: http.StatusBadRequest, code: "invalid_param", param: "filters." + p, message: "a filter's value must be a string or a list of strings"})
			return
		}
	}
	var err error
	if spec.Expires, err = ParseWidgetExpiry(body.Expires); err != nil {
		s.error(w, r, &apiError{status: http.StatusBadRequest, code: "invalid_param", param: "expires", message: err.Error()})
		return
	}
	created, k, err := s.widgetAdminFor(r).Create(r.Context(), spec)
	var se *WidgetSpecError
	if errors.As(err, &se) {
		param := map[string]string{"name": "name", "origin": "origins", "expires": "expires", "filter": "filters." + se.Param}[se.Field]
		s.error(w, r, &apiError{status: http.StatusBadRequest, code: "invalid_param", param: param, message: se.Message})
		return
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.json(w, http.StatusCreated, map[string]any{"data": s.widgetAdminFor(r).info(k), "key": created.Key, "snippet": created.Snippet, "expires_at": created.ExpiresAt})
}

func (s *Server) listWidgets(w http.ResponseWriter, r *http.Request) {
	if !s.admin(w, r) {
		return
	}
	list, err := s.widgetAdminFor(r).List(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.json(w, http.StatusOK, map[string]any{"data": list})
}

func (s *Server) revokeWidget(w http.ResponseWriter, r *http.Request) {
	if !s.admin(w, r) {
		return
	}
	info, err := s.widgetAdminFor(r).Revoke(r.Context(), r.PathValue("key"))
	if errors.Is(err, ErrUnknownKey) {
		s.error(w, r, &apiError{status: http.StatusNotFound, code: "not_found", message: "no such widget key"})
		return
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.json(w, http.StatusOK, map[string]any{"data": info})
}

// widgetStats is GET /api/v1/widgets/{key}/stats: searches and clicks per
// UTC day, from (default 29 days before to) to to (default today).
func (s *Server) widgetStats(w http.ResponseWriter, r *http.Request) {
	if !s.admin(w, r) {
		return
	}
	k, err := s.widgetAdmin().lookup(r.Context(), r.PathValue("key"))
	if errors.Is(err, ErrUnknownKey) {
		s.error(w, r, &apiError{status: http.StatusNotFound, code: "not_found", message: "no such widget key"})
		return
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	v := r.URL.Query()
	for p := range v {
		if p != "from" && p != "to" {
			s.error(w, r, badParam(p, "unknown parameter %q", p))
			return
		}
	}
	to := s.opts.Now().UTC()
	if t := v.Get("to"); t != "" {
		if to, err = time.Parse(time.DateOnly, t); err != nil {
			s.error(w, r, badParam("to", "to must be a date like 2026-12-31, got %q", t))
			return
		}
	}
	from := to.AddDate(0, 0, -29)
	if f := v.Get("from"); f != "" {
		if from, err = time.Parse(time.DateOnly, f); err != nil {
			s.error(w, r, badParam("from", "from must be a date like 2026-12-01, got %q", f))
			return
		}
	}
	if from.After(to) || to.Sub(from) > 366*24*time.Hour {
		s.error(w, r, badParam("from", "from must be on or before to, and at most 366 days before it"))
		return
	}
	days, err := s.opts.Store.WidgetDaily(r.Context(), k.ID, from, to)
	if err != nil {
		s.error(w, r, err)
		return
	}
	total := store.WidgetDay{Day: ""}
	for _, d := range days {
		total.Searches += d.Searches
		total.Clicks += d.Clicks
	}
	s.json(w, http.StatusOK, map[string]any{"data": days, "meta": map[string]any{"key_id": k.ID, "name": k.Name,
		"searches": total.Searches, "clicks": total.Clicks}})
}

// widgetStatus is GET /api/v1/widget-status?key=: whether the key can be
// used from the calling page, and what it presets. Any origin may read the
// answer (that is its purpose: a widget on a page its key does not allow
// says so instead of failing silently); it tells a disallowed origin only
// the key's status, never its origins or presets.
func (s *Server) widgetStatus(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	if o := r.Header.Get("Origin"); o != "" {
		h.Set("Access-Control-Allow-Origin", o)
		h.Add("Vary", "Origin")
	}
	h.Set("Cache-Control", "no-store")
	v := r.URL.Query()
	for p := range v {
		if p != "key" {
			s.error(w, r, badParam(p, "unknown parameter %q", p))
			return
		}
	}
	if len(v["key"]) != 1 {
		s.error(w, r, badParam("key", "key is required, once"))
		return
	}
	k, err := s.resolveWidgetKey(r.Context(), v.Get("key"))
	if err == nil {
		err = s.checkWidgetOrigin(httptestDiscard{h: http.Header{}}, r, k)
	}
	if err != nil {
		ae := toAPIError(err)
		if ae.status != http.StatusForbidden {
			s.error(w, r, err)
			return
		}
		s.json(w, http.StatusOK, map[string]any{"status": ae.code, "message": ae.message})
		return
	}
	presets := k.Presets
	if presets == nil {
		presets = url.Values{}
	}
	names := make([]string, 0, len(presets))
	for p := range presets {
		names = append(names, p)
	}
	sort.Strings(names)
	s.json(w, http.StatusOK, map[string]any{"status": "ok", "name": k.Name, "presets": presets, "locked": names})
}

// httptestDiscard is a ResponseWriter whose headers go nowhere: the status
// check must not add the search's CORS headers to the status answer.
type httptestDiscard struct{ h http.Header }

func (d httptestDiscard) Header() http.Header         { return d.h }
func (d httptestDiscard) Write(b []byte) (int, error) { return len(b), nil }
func (d httptestDiscard) WriteHeader(int)             {}

// widgetHandlers are the career-office routes.
func (s *Server) widgetHandlers() map[string]http.HandlerFunc {
	return map[string]http.HandlerFunc{
		"GET /api/v1/widget-status":       s.widgetStatus,
		"POST /api/v1/widgets":            s.createWidget,
		"GET /api/v1/widgets":             s.listWidgets,
		"DELETE /api/v1/widgets/{key}":    s.revokeWidget,
		"GET /api/v1/widgets/{key}/stats": s.widgetStats,
		"GET /widget.js":                  s.widgetJS,
		"GET /embed":                      s.embedPage,
		"GET /widget":                     s.widgetPage,
		"GET /go/{id}":                    s.goListing,
	}
}
