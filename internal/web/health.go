package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"
)

// health is what the pages say about the sources: how many failed on their
// last run and why, how many never ran, how many listings the index holds.
type health struct {
	Sources, OK, Failed, Never int
	Listings                   uint64
	Cause                      string // the last error of the first failing source
	List                       []SourceInfo
	Labels                     map[string]string // source name -> human name
}

// healthTTL is how long a computed health is reused: the pages ask on
// every request, the store answers a few queries per source.
const healthTTL = 5 * time.Second

type healthCache struct {
	mu  sync.Mutex
	at  time.Time
	val *health
}

// health returns the sources' health, computed at most every healthTTL.
func (s *Server) health(ctx context.Context) (*health, error) {
	c := &s.healthC
	c.mu.Lock()
	defer c.mu.Unlock()
	now := s.opts.Now()
	if c.val != nil && now.Sub(c.at) < healthTTL && now.Sub(c.at) >= 0 {
		return c.val, nil
	}
	h := &health{Labels: map[string]string{}}
	if s.opts.Sources != nil {
		list, err := s.opts.Sources(ctx)
		if err != nil {
			return nil, err
		}
		h.List = list
	}
	for _, si := range h.List {
		h.Sources++
		if si.Label != "" {
			h.Labels[si.Name] = si.Label
		}
		switch {
		case si.SourceStat == nil || si.LastRun == nil:
			h.Never++
		case si.LastRun.Succeeded():
			h.OK++
		case si.LastRun.Status == "partial" && si.LastRun.Fetched > 0:
			h.OK++ // cut short, but it answered
		default:
			h.Failed++
			if h.Cause == "" {
				h.Cause = firstLine(si.LastError)
			}
		}
	}
	if s.opts.Index != nil {
		n, err := s.opts.Index.Count()
		if err != nil {
			return nil, err
		}
		h.Listings = n
	}
	c.val, c.at = h, now
	return h, nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "; ")
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// Notice is what the pages say when the sources are the reason a search
// finds little: most of them failed on their last run, or the index is
// empty. "" when all is well.
func (h *health) Notice() string {
	if h == nil {
		return ""
	}
	switch {
	case h.Failed > 0 && (h.Failed*2 > h.Sources || h.Listings == 0):
		msg := fmt.Sprintf("%d of %d %s failed on their last run", h.Failed, h.Sources, plurals(h.Sources, "source", "sources"))
		if h.Cause != "" {
			msg += ": " + h.Cause
		}
		return msg + "."
	case h.Listings > 0:
		return ""
	case h.Sources == 0:
		return "No listings yet, and no source is configured."
	case h.Never > 0:
		return fmt.Sprintf("No listings yet: %d of %d %s %s not finished %s first crawl. This page fills in as they do.",
			h.Never, h.Sources, plurals(h.Sources, "source", "sources"), plurals(h.Never, "has", "have"), plurals(h.Never, "its", "their"))
	}
	return "No listings yet: the sources answered but listed nothing."
}

// Unready is why /readyz should say the server cannot serve anything
// useful: the index is empty and every source that ran failed. "" otherwise.
func (h *health) Unready() string {
	if h == nil || h.Listings > 0 || h.Failed == 0 || h.OK > 0 {
		return ""
	}
	return "no listings: " + strings.TrimSuffix(h.Notice(), ".")
}

func plurals(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// sourceRow is one source on the /sources page.
type sourceRow struct {
	SourceInfo
	Label, Status, StatusClass, LastRun, LastSuccess, NextRun, Error string
}

// sourcesView is the /sources page's data.
type sourcesView struct {
	Notice string
	H      *health
	Rows   []sourceRow
}

var statusText = map[string]string{"ok": "OK", "not_modified": "OK (unchanged)", "partial": "Cut short", "failed": "Failed", "running": "Running"}

// sourcesPage shows each source's health for people (the JSON is /api/v1/sources).
func (s *Server) sourcesPage(w http.ResponseWriter, r *http.Request) {
	h, err := s.health(r.Context())
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	now := s.opts.Now()
	v := &sourcesView{Notice: h.Notice(), H: h}
	for _, si := range h.List {
		row := sourceRow{SourceInfo: si, Label: si.Label, Status: "Not run yet", StatusClass: "plain", LastRun: "never", LastSuccess: "never"}
		if row.Label == "" {
			row.Label = si.Name
		}
		if st := si.SourceStat; st != nil {
			if st.LastRun != nil {
				row.Status, row.LastRun = statusText[st.LastRun.Status], agoText(st.LastRun.StartedAt, now)
				switch {
				case st.LastRun.Succeeded():
					row.StatusClass = "ok"
				case st.LastRun.Status == "partial":
					row.StatusClass = "warn"
				default:
					row.StatusClass = "bad"
				}
				if row.Status == "" {
					row.Status = st.LastRun.Status
				}
				if !st.LastRun.Succeeded() {
					row.Error = st.LastError
				}
			}
			if st.LastSuccess != nil {
				row.LastSuccess = agoText(st.LastSuccess.StartedAt, now)
			}
		}
		if si.NextRun != nil {
			row.NextRun = inText(*si.NextRun, now)
		}
		v.Rows = append(v.Rows, row)
	}
	s.render(w, r, http.StatusOK, "sources", pageData{Title: "Sources", Page: v})
}

// agoText is how long before now t was: "just now", "5 minutes ago", "3 days ago".
func agoText(t, now time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return countAgo(int(d/time.Minute), "minute")
	case d < 24*time.Hour:
		return countAgo(int(d/time.Hour), "hour")
	case d < 60*24*time.Hour:
		return countAgo(int(d/(24*time.Hour)), "day")
	}
	return t.UTC().Format("2 Jan 2006")
}

func countAgo(n int, unit string) string {
	if n == 1 {
		return "1 " + unit + " ago"
	}
	return fmt.Sprintf("%d %ss ago", n, unit)
}

// inText is how long after now t is: "in 5 minutes", "in 3 hours".
func inText(t, now time.Time) string {
	d := t.Sub(now)
	switch {
	case d < time.Minute:
		return "within a minute"
	case d < time.Hour:
		return "in " + strings.TrimSuffix(countAgo(int(d/time.Minute), "minute"), " ago")
	case d < 48*time.Hour:
		return "in " + strings.TrimSuffix(countAgo(int(d/time.Hour), "hour"), " ago")
	}
	return "in " + strings.TrimSuffix(countAgo(int(d/(24*time.Hour)), "day"), " ago")
}

// labelSources names the source facet's values by their human names.
func labelSources(groups []facetGroup, labels map[string]string) {
	for gi := range groups {
		if groups[gi].Param != "source" {
			continue
		}
		for _, vs := range [][]facetValue{groups[gi].Values, groups[gi].More} {
			for i := range vs {
				if l := labels[vs[i].Value]; l != "" {
					vs[i].Label = l
				}
			}
		}
	}
}

// sourceLabeler names sources for people, falling back to the name.
func (s *Server) sourceLabeler(ctx context.Context) func(string) string {
	h, err := s.health(ctx)
	if err != nil {
		s.log.Warn("source health", "error", err)
	}
	return func(name string) string {
		if h != nil && h.Labels[name] != "" {
			return h.Labels[name]
		}
		return name
	}
}
