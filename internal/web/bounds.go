package web

import (
	"net/http"
	"net/url"
	"strings"
)

// Bounds on a query string of the JSON API and the feeds. A value past a
// bound is a 400 naming the parameter, never silently cut.
const (
	// MaxQueryBytes bounds the raw query string.
	MaxQueryBytes = 8 << 10
	// MaxValues bounds the distinct values of one parameter (after
	// splitting comma lists and dropping repeats).
	MaxValues = 20
	// MaxValueLen bounds one value in bytes; q has its own bound (500
	// characters, checked by ParseSearch) and cursor a longer one.
	MaxValueLen  = 200
	maxCursorLen = 2048
	maxQLen      = 2000 // bytes; ParseSearch checks 500 characters after this
)

// multiParams are the parameters whose values may be comma lists.
var multiParams = map[string]bool{"remote": true, "region": true, "type": true, "skill": true, "source": true, "company": true, "exclude_flag": true}

// StrictQuery parses a raw query string for the JSON API and the feeds:
// a malformed percent-escape, an empty value, more than MaxValues distinct
// values of one parameter or a value longer than its bound is a
// *ParamError naming the parameter. Repeated values (also within comma
// lists) are kept once, so `remote=remote` two thousand times costs what
// one does. flagIDs, when not nil, are the known red-flag ids for
// exclude_flag.
func StrictQuery(raw string, flagIDs map[string]bool) (url.Values, error) {
	if len(raw) > MaxQueryBytes {
		return nil, badParam("(query)", "the query string is %d bytes; at most %d are accepted", len(raw), MaxQueryBytes)
	}
	out := url.Values{}
	seen := map[string]map[string]bool{}
	for raw != "" {
		var pair string
		pair, raw, _ = strings.Cut(raw, "&")
		if pair == "" {
			continue
		}
		rk, rv, hasEq := strings.Cut(pair, "=")
		k, err := url.QueryUnescape(rk)
		if err != nil {
			return nil, badParam(safeName(rk), "parameter name %q has a malformed percent-escape", safeName(rk))
		}
		if k == "" {
			return nil, badParam("(empty)", "a parameter has an empty name (a stray \"=\" in the query string?)")
		}
		v, err := url.QueryUnescape(rv)
		if err != nil {
			return nil, badParam(k, "%s has a malformed percent-escape (write %% as %%25)", k)
		}
		if strings.ContainsRune(v, 0) {
			return nil, badParam(k, "%s contains a NUL character", k)
		}
		if strings.TrimSpace(v) == "" {
			if hasEq {
				return nil, badParam(k, "%s is empty: give it a value or leave it out", k)
			}
			return nil, badParam(k, "%s has no value: give it one (%s=...) or leave it out", k, k)
		}
		parts := []string{v}
		if multiParams[k] {
			parts = strings.Split(v, ",")
		}
		if seen[k] == nil {
			seen[k] = map[string]bool{}
		}
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if p == "" {
				return nil, badParam(k, "%s has an empty item in %q", k, v)
			}
			limit := MaxValueLen
			switch k {
			case "q":
				limit = maxQLen
			case "cursor":
				limit = maxCursorLen
			}
			if len(p) > limit {
				return nil, badParam(k, "a value of %s is %d bytes; at most %d are accepted", k, len(p), limit)
			}
			if k == "exclude_flag" && flagIDs != nil && !flagIDs[strings.ToUpper(p)] {
				return nil, badParam(k, "exclude_flag: unknown flag id %q (see /openapi.json or /flags for the ids)", p)
			}
			if seen[k][p] {
				continue
			}
			seen[k][p] = true
			if len(seen[k]) > MaxValues {
				return nil, badParam(k, "%s has more than %d distinct values", k, MaxValues)
			}
			out.Add(k, p)
		}
	}
	return out, nil
}

// safeName shortens a raw parameter name for a message.
func safeName(s string) string {
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return strings.ToValidUTF8(s, "?")
}

// apiQuery is StrictQuery over the request's query with the server's flag ids.
func (s *Server) apiQuery(r *http.Request) (url.Values, error) {
	var ids map[string]bool
	if len(s.opts.FlagIDs) > 0 {
		ids = make(map[string]bool, len(s.opts.FlagIDs))
		for _, id := range s.opts.FlagIDs {
			ids[id] = true
		}
	}
	return StrictQuery(r.URL.RawQuery, ids)
}
