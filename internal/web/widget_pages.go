package web

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// widgetSource is the embeddable search widget as written; widgetScript
// is /widget.js as served, with the flags' names filled in.
//
//go:embed widget/widget.js
var widgetSource []byte

var widgetScript = withFlagLabels(widgetSource)

// flagLabelsMark is where widget.js takes the flags' names: an empty
// object as written, so the file stays valid JavaScript on its own.
const flagLabelsMark = "{/*FLAG_LABELS*/}"

// withFlagLabels fills model.FlagLabels into the widget's source, so the
// widget names each flag as the pages and the e-mails do and a new flag
// needs no second list to keep in step.
func withFlagLabels(src []byte) []byte {
	labels, err := json.Marshal(model.FlagLabels)
	if err != nil || bytes.Count(src, []byte(flagLabelsMark)) != 1 {
		panic("web: widget.js must hold exactly one " + flagLabelsMark)
	}
	return bytes.Replace(src, []byte(flagLabelsMark), labels, 1)
}

// widgetJSMaxAge is how long browsers keep /widget.js: its URL is pasted
// into other sites, so it cannot carry a content hash; an hour lets a fix
// reach every site the same day, and the ETag makes revalidation cheap.
const widgetJSMaxAge = time.Hour

func (s *Server) widgetJS(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cross-Origin-Resource-Policy", "cross-origin") // loaded by <script> on other origins
	s.serveCached(w, r, cached{contentType: "text/javascript; charset=utf-8", body: widgetScript, maxAge: widgetJSMaxAge})
}

// goListing is /go/{id}?w=KEY: a widget's result link. It redirects (302)
// to the listing's own apply URL (its page URL when it has none) and
// nowhere else: the target comes only from the store and must be http(s).
// A usable key counts the click; an unusable or absent one still
// redirects, uncounted.
func (s *Server) goListing(w http.ResponseWriter, r *http.Request) {
	l, ok := s.pageListing(w, r)
	if !ok {
		return
	}
	target := l.ApplyURL
	if target == "" {
		target = l.URL
	}
	if !safeURL(target) {
		s.errorPage(w, r, &apiError{status: http.StatusNotFound, code: "not_found", message: "This listing has no web address to apply at."})
		return
	}
	if raw := r.URL.Query().Get("w"); raw != "" {
		if k, err := s.resolveWidgetKey(r.Context(), raw); err == nil {
			if err := s.opts.Store.RecordWidgetClick(r.Context(), k.ID, s.opts.Now()); err != nil {
				s.log.Warn("widget click not counted", "key_id", k.ID, "error", err)
			}
		}
	}
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "origin")
	http.Redirect(w, r, target, http.StatusFound)
}

var embedTemplate = template.Must(template.New("embed").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{{if .Name}}{{.Name}}: {{end}}search remote projects and internships · gigscout</title>
<style>body{margin:0;padding:8px;background:{{if eq .Theme "dark"}}#111827{{else}}#fff{{end}};font-family:system-ui,sans-serif}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
p.err{color:#b91c1c;font-weight:600}</style>
</head>
<body>
<main>
<h1 class="sr">Search remote projects and internships{{if .Name}} ({{.Name}}){{end}}</h1>
{{if .Message}}<p class="err" role="alert">{{.Message}}</p>{{else}}
<div data-gigscout data-key="{{.Key}}" data-query="{{.Q}}" data-theme="{{.Theme}}"></div>
<script src="/widget.js" async></script>{{end}}
</main>
</body>
</html>
`))

type embedView struct {
	Key, Q, Theme, Name, Message string
}

// embedPage is /embed?key=KEY[&q=...][&theme=light|dark|auto]: the widget
// as a whole page for sites that only allow iframes. Only the key's
// origins may frame it (CSP frame-ancestors); an unusable key is a 403
// page saying why.
func (s *Server) embedPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	for p := range v {
		if p != "key" && p != "q" && p != "theme" {
			s.errorPage(w, r, badParam(p, "unknown parameter %q", p))
			return
		}
	}
	view := embedView{Key: strings.TrimSpace(v.Get("key")), Q: v.Get("q"), Theme: v.Get("theme")}
	switch view.Theme {
	case "":
		view.Theme = "light"
	case "light", "dark", "auto":
	default:
		s.errorPage(w, r, badParam("theme", "theme must be light, dark or auto, got %q", view.Theme))
		return
	}
	ancestors := "'none'"
	status := http.StatusOK
	k, err := s.resolveWidgetKey(r.Context(), view.Key)
	if k != nil {
		view.Name = k.Name
		if len(k.Origins) > 0 {
			ancestors = strings.Join(k.Origins, " ")
		}
	}
	if err != nil {
		ae := toAPIError(err)
		if ae.status != http.StatusForbidden {
			s.errorPage(w, r, err)
			return
		}
		status, view.Message = ae.status, strings.ToUpper(ae.message[:1])+ae.message[1:]+"."
	}
	var buf bytes.Buffer
	if err := embedTemplate.Execute(&buf, view); err != nil {
		s.errorPage(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors "+ancestors)
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// widgetPageTemplate is the configurator, in the site's layout.
var widgetPageTemplate = template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/widget.html"))

// configView is the configurator's data.
type configView struct {
	Types     [][2]string
	PublicURL string
}

// widgetPage is /widget: career offices pick filters and a theme, see a
// live preview and copy the snippet; creating the key asks for the admin
// token and calls POST /api/v1/widgets.
func (s *Server) widgetPage(w http.ResponseWriter, r *http.Request) {
	v := &configView{PublicURL: s.baseURL(r)}
	for _, t := range model.JobTypes {
		if t != model.TypeUnknown {
			v.Types = append(v.Types, [2]string{string(t), typeText(t)})
		}
	}
	d := pageData{Title: "Search widget for career offices", Page: v, Asset: assetURL}
	var buf bytes.Buffer
	if err := widgetPageTemplate.ExecuteTemplate(&buf, "layout", d); err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.serveCached(w, r, cached{contentType: "text/html; charset=utf-8", body: buf.Bytes()})
}
