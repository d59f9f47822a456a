package web

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pages are the parsed page templates, each with the shared layout.
type pages struct {
	byName map[string]*template.Template
}

var funcs = template.FuncMap{
	"pay": payText, "hours": hoursText, "duration": durationText, "where": whereText,
	"typeText": func(t model.JobType) string { return typeText(t) }, "risk": riskText,
	"date": dateText, "flagLabel": flagLabel, "countText": countText,
	"ptr":     func(t time.Time) *time.Time { return &t },
	"sev":     sevText,
	"trusted": func(s string) template.HTML { return template.HTML(s) }, // only for index snippets and sanitized HTML

	"riskOf": riskOf, "posted": postedText, "isNew": isNew, "regionLabel": regionLabel,
}

// sevText capitalizes a severity: "High".
func sevText(s model.Severity) string {
	if s == "" {
		return ""
	}
	return strings.ToUpper(string(s[:1])) + string(s[1:])
}

func mustParsePages() *pages {
	p := &pages{byName: map[string]*template.Template{}}
	for _, name := range []string{"search", "listing", "error", "stats", "sources", "flags"} {
		t := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html"))
		p.byName[name] = t
	}
	return p
}

// pageData is what the layout needs besides the page's own data.
type pageData struct {
	Title   string
	Head    template.HTML // not used for user data
	Feeds   *feedLinks
	Page    any
	Asset   func(string) string
	Noindex bool
}

type feedLinks struct{ Atom, RSS, JSON string }

// render writes page name with status, with validators when status is 200.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, d pageData) {
	d.Asset = assetURL
	var buf bytes.Buffer
	if err := s.pages.byName[name].ExecuteTemplate(&buf, "layout", d); err != nil {
		s.log.Error("render page", "page", name, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if status == http.StatusOK {
		s.serveCached(w, r, cached{contentType: "text/html; charset=utf-8", body: buf.Bytes()})
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// errorPage renders err as a page with its status from toAPIError.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, err error) {
	ae := toAPIError(err)
	if ae.status >= 500 {
		s.log.Error("page failed", "path", r.URL.Path, "error", err)
	}
	title := "Something went wrong"
	switch ae.status {
	case http.StatusNotFound:
		title = "Not found"
	case http.StatusBadRequest:
		title = "That search could not be read"
	}
	s.render(w, r, ae.status, "error", pageData{Title: title, Noindex: true, Page: map[string]any{"Title": title, "Message": ae.message, "Status": ae.status}})
}

func (s *Server) notFoundPage(w http.ResponseWriter, r *http.Request) {
	s.errorPage(w, r, &apiError{status: http.StatusNotFound, code: "not_found", message: "There is no page at this address."})
}

// assets maps a static file to a URL carrying its content hash, so it can
// be cached for a long time.
var assetHashes = func() map[string]string {
	m := map[string]string{}
	fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := staticFS.ReadFile(p)
		m[path.Base(p)] = fmt.Sprintf("%x", hash8(b))
		return nil
	})
	return m
}()

func assetURL(name string) string { return "/static/" + name + "?v=" + assetHashes[name] }

func hash8(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

var staticTypes = map[string]string{".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}

func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	b, err := staticFS.ReadFile("static/" + name)
	if err != nil || strings.Contains(name, "/") {
		s.notFoundPage(w, r)
		return
	}
	s.serveCached(w, r, cached{contentType: staticTypes[path.Ext(name)], body: b, maxAge: 7 * 24 * time.Hour})
}

// facetValue is one checkbox of a facet.
type facetValue struct {
	Param, ID, Value, Label string
	Count                   int
	Checked                 bool
}

// facetGroup is one fieldset of facet checkboxes.
type facetGroup struct {
	Param, Legend, Hint string
	Values, More        []facetValue
}

// searchView is the search page's data.
type searchView struct {
	Q, Sort, PostedWithin, MinHourly, MaxHours string
	Paid, IncludeFlagged, IncludeClosed        bool
	Error                                      *ParamError
	Res                                        *SearchResponse
	Facets                                     []facetGroup
	NextURL, FirstURL, SuggestionURL, ClearURL string
	Sorts, Within                              [][2]string
	Active                                     int // filters in use
	// SubscribeURL is the "E-mail me new listings for this search" link (digests enabled).
	SubscribeURL string
	// SourcesNotice says why the search may find little: most sources
	// failed on their last run, or the index is empty.
	SourcesNotice string
	Notices       []string // values left out of the search, and why
	Chips         []chip   // the active filters, each with a link without it
	Pages         []pageLink
	PrevURL       string
	From, To      int    // the results shown: "1–20 of 35"
	FromParam     string // "?from=..." for the listing links: their back link returns here
	Now           time.Time
}

var facetParams = []struct{ field, param, legend, hint string }{
	{"remote", "remote", "Where", ""},
	{"type", "type", "Kind of work", ""},
	{"region", "region", "Remote from",
		"A country also finds listings open to its wider area or to anywhere; a count is of listings naming that place."},
	{"skills", "skill", "Skills", ""},
	{"source", "source", "Source", ""},
	{"flags", "exclude_flag", "Hide listings flagged", ""},
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	clean, pageNo := pageParams(r.URL.Query())
	v := &searchView{Q: clean.Get("q"), Sort: clean.Get("sort"), PostedWithin: clean.Get("posted_within"),
		MinHourly: clean.Get("min_hourly_usd"), MaxHours: clean.Get("max_hours"),
		Paid: clean.Get("paid") == "true", IncludeFlagged: clean.Get("include_flagged") == "true",
		IncludeClosed: clean.Get("include_closed") == "true", ClearURL: "/", Now: s.opts.Now(),
		Sorts:  [][2]string{{"", "Best match / newest"}, {"newest", "Newest"}, {"pay", "Highest pay"}, {"deadline", "Deadline soonest"}},
		Within: [][2]string{{"", "Any time"}, {"24h", "Last 24 hours"}, {"7d", "Last 7 days"}, {"30d", "Last 30 days"}}}
	d := pageData{Title: "Find remote micro-internships and paid projects", Page: v}
	if v.Q != "" {
		d.Title = v.Q + " – search"
	}
	q, warnings, err := s.parsePageSearch(r.Context(), clean, &v.Notices)
	var pe *ParamError
	if errors.As(err, &pe) {
		v.Error = pe
		s.render(w, r, http.StatusBadRequest, "search", d)
		return
	}
	if err == nil {
		err = s.searchable()
	}
	if err == nil {
		if q.Cursor == "" {
			q.Offset = min((pageNo-1)*q.Limit, maxOffset)
		}
		v.Res, err = s.searcher.Search(r.Context(), q, warnings)
		if errors.Is(err, index.ErrBadCursor) { // a link from another sort or an older server: start over
			clean.Del("cursor")
			q.Cursor = ""
			v.Notices = append(v.Notices, "That page of results could not be found again, so here is the first page.")
			v.Res, err = s.searcher.Search(r.Context(), q, warnings)
		}
	}
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	h, herr := s.health(r.Context())
	if herr != nil {
		s.log.Warn("source health", "error", herr)
	}
	v.SourcesNotice = h.Notice()
	var labels map[string]string
	if h != nil {
		labels = h.Labels
	}
	v.Facets = pageFacets(v.Res.Meta.Facets, clean)
	labelSources(v.Facets, labels)
	v.Chips = chips(clean, labels)
	v.Active = len(v.Chips)
	feedQuery := withoutParams(clean, "cursor")
	d.Feeds = &feedLinks{Atom: "/feeds/search.atom" + feedQuery, RSS: "/feeds/search.rss" + feedQuery, JSON: "/feeds/search.json" + feedQuery}
	if s.opts.Subscriptions != nil {
		v.SubscribeURL = "/subscribe" + feedQuery
	}
	v.paginate(clean, q, pageNo)
	if sg := v.Res.Meta.Suggestion; sg != "" {
		alt := url.Values{}
		for k, vs := range clean {
			alt[k] = vs
		}
		alt.Set("q", sg)
		alt.Del("cursor")
		v.SuggestionURL = "/?" + alt.Encode()
	}
	s.render(w, r, http.StatusOK, "search", d)
}

// withoutParams is "?"+v's encoding without the named keys, or "".
func withoutParams(v url.Values, drop ...string) string {
	out := url.Values{}
	for k, vs := range v {
		if !slices.Contains(drop, k) {
			out[k] = vs
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "?" + out.Encode()
}

// pageFacets turns the response's facets into checkbox groups, keeping
// chosen values visible even where they count nothing.
func pageFacets(facets map[string][]index.FacetCount, params url.Values) []facetGroup {
	var out []facetGroup
	for _, fp := range facetParams {
		chosen := map[string]bool{}
		for _, v := range params[fp.param] {
			for _, part := range strings.Split(v, ",") {
				chosen[strings.TrimSpace(part)] = true
			}
		}
		g := facetGroup{Param: fp.param, Legend: fp.legend, Hint: fp.hint}
		seen := map[string]bool{}
		for _, fc := range facets[fp.field] {
			checked := chosen[fc.Value] || (fp.field == "region" && chosen[strings.ToLower(fc.Value)])
			seen[fc.Value] = true
			g.Values = append(g.Values, facetValue{Param: fp.param, ID: "f-" + fp.param + "-" + idSafe(fc.Value), Value: fc.Value,
				Label: facetLabel(fp.field, fc.Value), Count: fc.Count, Checked: checked})
		}
		for v := range chosen {
			if v != "" && !seen[v] {
				g.Values = append(g.Values, facetValue{Param: fp.param, ID: "f-" + fp.param + "-" + idSafe(v), Value: v, Label: facetLabel(fp.field, v), Count: -1, Checked: true})
			}
		}
		if len(g.Values) == 0 {
			continue
		}
		if len(g.Values) > 8 {
			g.Values, g.More = g.Values[:8], g.Values[8:]
		}
		out = append(out, g)
	}
	return out
}

func idSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, s)
}

// flagView is a red flag as the listing page explains it.
type flagView struct {
	model.Flag
	Label, Where string
	Excerpt      template.HTML // the field's text around the evidence, the evidence in <mark>
}

// listingView is the listing page's data.
type listingView struct {
	L           *model.Listing
	Flags       []flagView
	Description template.HTML
	ApplyURL    string
	JSONLD      map[string]any
	// BackURL returns to the search the student came from (from=).
	BackURL, BackText string
	SourceLabel       string
	Label             func(source string) string
}

func (s *Server) listingPage(w http.ResponseWriter, r *http.Request) {
	l, ok := s.pageListing(w, r)
	if !ok {
		return
	}
	scrubListing(l)
	v := &listingView{L: l, ApplyURL: l.ApplyURL, Description: template.HTML(l.DescriptionHTML)} // sanitized by normalize
	if v.ApplyURL == "" {
		v.ApplyURL = l.URL
	}
	if !safeURL(v.ApplyURL) {
		v.ApplyURL = ""
	}
	for _, f := range l.Flags {
		v.Flags = append(v.Flags, flagView{Flag: f, Label: flagLabel(f.ID), Where: fieldName(f.Evidence.Field), Excerpt: evidenceExcerpt(l, f.Evidence)})
	}
	v.BackURL, v.BackText = backLink(r.URL.Query().Get("from"))
	v.Label = s.sourceLabeler(r.Context())
	v.SourceLabel = v.Label(l.Source)
	v.JSONLD = jobPosting(l, s.baseURL(r))
	s.render(w, r, http.StatusOK, "listing", pageData{Title: titleAt(l), Page: v, Noindex: l.Risk == model.SeverityHigh})
}

// safeURL accepts only http and https links.
func safeURL(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != ""
}

// fieldText is the normalized text of a listing field flags point into.
func fieldText(l *model.Listing, field string) string {
	switch field {
	case "title":
		return l.Title
	case "text":
		return l.Text
	case "company":
		return l.Company
	case "company_info":
		return l.CompanyInfo
	case "pay_text":
		return l.PayText
	}
	return ""
}

// excerptContext is how many bytes of text show around evidence.
const excerptContext = 110

// evidenceExcerpt is the field text around the span, escaped, with the
// span's own words in <mark>; just the marked text when the span no longer
// matches the field; "" for a structural flag (an empty span).
func evidenceExcerpt(l *model.Listing, sp model.Span) template.HTML {
	text := fieldText(l, sp.Field)
	if sp.Start < 0 || sp.End <= sp.Start || sp.End > len(text) || text[sp.Start:sp.End] != sp.Text {
		if sp.Text == "" {
			return ""
		}
		return template.HTML("<mark>" + template.HTMLEscapeString(sp.Text) + "</mark>")
	}
	from, to := max(0, sp.Start-excerptContext), min(len(text), sp.End+excerptContext)
	for from > 0 && !isBoundary(text, from) {
		from--
	}
	for to < len(text) && !isBoundary(text, to) {
		to++
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	b.WriteString(template.HTMLEscapeString(strings.TrimLeft(text[from:sp.Start], " ")))
	b.WriteString("<mark>" + template.HTMLEscapeString(text[sp.Start:sp.End]) + "</mark>")
	b.WriteString(template.HTMLEscapeString(strings.TrimRight(text[sp.End:to], " ")))
	if to < len(text) {
		b.WriteString("…")
	}
	return template.HTML(b.String())
}

// isBoundary reports whether s[i] is a space: a word (and rune) boundary.
func isBoundary(s string, i int) bool {
	return s[i] == ' ' || s[i] == '\n'
}

// jobPosting is the schema.org JobPosting of l.
func jobPosting(l *model.Listing, base string) map[string]any {
	jp := map[string]any{
		"@context": "https://schema.org", "@type": "JobPosting",
		"title": l.Title, "url": base + "/listings/" + url.PathEscape(l.ID),
		"identifier":         map[string]any{"@type": "PropertyValue", "name": l.Source, "value": l.ExternalID},
		"hiringOrganization": map[string]any{"@type": "Organization", "name": l.Company},
		"description":        l.DescriptionHTML,
		"directApply":        false,
	}
	if l.Company == "" {
		jp["hiringOrganization"] = map[string]any{"@type": "Organization", "name": "Not stated"}
	} else if l.CompanyURL != "" && safeURL(l.CompanyURL) {
		jp["hiringOrganization"].(map[string]any)["sameAs"] = l.CompanyURL
	}
	if jp["description"] == "" {
		jp["description"] = l.Text
	}
	posted := l.FirstSeen
	if l.PostedAt != nil {
		posted = *l.PostedAt
	}
	jp["datePosted"] = posted.UTC().Format("2006-01-02")
	if l.Deadline != nil {
		jp["validThrough"] = l.Deadline.UTC().Format(time.RFC3339)
	}
	if t, ok := schemaTypes[l.Type]; ok {
		jp["employmentType"] = t
	}
	addJobLocation(jp, l) // jsonld.go
	if p := l.Pay; p != nil && p.Max > 0 && !l.Unpaid {
		unit := strings.ToUpper(string(p.Unit))
		if p.Unit == model.UnitProject {
			unit = "" // no schema.org unit for a fixed fee
		}
		val := map[string]any{"@type": "QuantitativeValue", "minValue": p.Min, "maxValue": p.Max}
		if unit != "" {
			val["unitText"] = unit
		}
		jp["baseSalary"] = map[string]any{"@type": "MonetaryAmount", "currency": p.Currency, "value": val}
	}
	if len(l.Skills) > 0 {
		jp["skills"] = strings.Join(l.Skills, ", ")
	}
	return jp
}

var schemaTypes = map[model.JobType]string{
	model.TypeMicroInternship: "INTERN", model.TypeInternship: "INTERN", model.TypeProject: "CONTRACTOR",
	model.TypeContract: "CONTRACTOR", model.TypePartTime: "PART_TIME", model.TypeFullTime: "FULL_TIME",
	model.TypeVolunteer: "VOLUNTEER", model.TypeUnknown: "OTHER",
}

// pageListing loads the listing of a page route's {id}, or answers with
// the error page (404 for an unknown or removed listing) and false.
func (s *Server) pageListing(w http.ResponseWriter, r *http.Request) (*model.Listing, bool) {
	l, err := s.opts.Store.Get(r.Context(), r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		s.errorPage(w, r, &apiError{status: http.StatusNotFound, code: "not_found", message: "This listing does not exist, or it was removed."})
		return nil, false
	}
	if err != nil {
		s.errorPage(w, r, err)
		return nil, false
	}
	return l, true
}
