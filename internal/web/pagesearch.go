package web

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/index"
)

// maxOffset bounds numbered pages: deeper results are reached by
// narrowing the search (Bleve scores every hit up to the offset).
const maxOffset = 1000

// pageParams keeps the search parameters of a page's query string and
// its page number. Anything else (utm_*, fbclid, gclid, ref, a stray
// "start" or "offset") is ignored: links shared around the web carry such
// parameters, and a student should still see the search. The JSON API
// stays strict. Empty form fields are dropped.
func pageParams(params url.Values) (url.Values, int) {
	clean := url.Values{}
	for k, vs := range params {
		if !searchParams[k] {
			continue
		}
		for _, v := range vs {
			if strings.TrimSpace(v) != "" {
				clean.Add(k, v)
			}
		}
	}
	page := 1
	if n, err := strconv.Atoi(strings.TrimSpace(params.Get("page"))); err == nil && n > 1 && n <= maxOffset {
		page = n
	}
	return clean, page
}

// parsePageSearch parses clean like the API, except that an unknown
// region, flag or source is left out of the search (and out of clean) with
// a notice instead of failing the page. Other bad values fail as in the API.
func (s *Server) parsePageSearch(ctx context.Context, clean url.Values, notices *[]string) (index.Query, []string, error) {
	for range 20 { // each round drops one unknown value
		q, warnings, err := ParseSearch(clean, s.opts.Now())
		if err == nil {
			err = s.checkSources(ctx, q)
		}
		var pe *ParamError
		if !errors.As(err, &pe) || pe.Value == "" {
			return q, warnings, err
		}
		*notices = append(*notices, "Left out of this search: "+pe.Message+".")
		dropValue(clean, pe.Param, pe.Value)
	}
	return index.Query{}, nil, badParam("(query)", "too many unknown values in this search")
}

// dropValue removes one value of param from v, also from a comma list.
func dropValue(v url.Values, param, value string) {
	var keep []string
	for _, s := range v[param] {
		var parts []string
		for _, p := range strings.Split(s, ",") {
			if strings.TrimSpace(p) != value && strings.TrimSpace(p) != "" {
				parts = append(parts, strings.TrimSpace(p))
			}
		}
		if len(parts) > 0 {
			keep = append(keep, strings.Join(parts, ","))
		}
	}
	if len(keep) == 0 {
		v.Del(param)
		return
	}
	v[param] = keep
}

// chip is one active filter, removable by following URL.
type chip struct{ Label, URL string }

var chipNames = map[string]string{
	"remote": "Where", "region": "Remote from", "type": "Kind", "skill": "Skill", "source": "Source",
	"company": "Company", "exclude_flag": "Hiding", "min_hourly_usd": "At least", "max_hours": "At most",
	"posted_within": "Posted", "deadline_after": "Deadline after",
}

// chips lists the active filters of clean, in a stable order.
func chips(clean url.Values, sourceLabels map[string]string) []chip {
	keys := make([]string, 0, len(clean))
	for k := range clean {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []chip
	for _, k := range keys {
		switch k {
		case "q", "sort", "cursor", "limit":
			continue
		}
		for _, raw := range clean[k] {
			for _, part := range strings.Split(raw, ",") {
				part = strings.TrimSpace(part)
				if part == "" {
					continue
				}
				without := url.Values{}
				for kk, vv := range clean {
					without[kk] = append([]string(nil), vv...)
				}
				without.Del("cursor")
				dropValue(without, k, part)
				if k == "paid" || k == "include_flagged" || k == "include_closed" {
					without.Del(k)
				}
				href := "/"
				if enc := without.Encode(); enc != "" {
					href += "?" + enc
				}
				out = append(out, chip{Label: chipLabel(k, part, sourceLabels), URL: href})
			}
		}
	}
	return out
}

func chipLabel(k, v string, sourceLabels map[string]string) string {
	switch k {
	case "paid":
		return "Paid only"
	case "include_flagged":
		return "Including high-risk listings"
	case "include_closed":
		return "Including closed listings"
	case "min_hourly_usd":
		return "At least US$" + v + " per hour"
	case "max_hours":
		return "At most " + v + " hours in total"
	case "posted_within":
		return "Posted in the last " + withinText(v)
	case "source":
		if l := sourceLabels[v]; l != "" {
			v = l
		}
	case "region":
		if c, ok := canonicalRegion(v); ok {
			v = regionLabel(c)
		}
	case "type":
		v = facetLabel("type", v)
	case "remote":
		v = facetLabel("remote", v)
	case "exclude_flag":
		v = flagLabel(strings.ToUpper(v))
	}
	return chipNames[k] + ": " + v
}

func withinText(v string) string {
	switch v {
	case "24h":
		return "24 hours"
	case "7d":
		return "7 days"
	case "30d":
		return "30 days"
	}
	return v
}

// pageLink is one numbered page link; Current marks the page shown.
type pageLink struct {
	N       int
	URL     string
	Current bool
	Gap     bool // an ellipsis before this link
}

// paginate fills the "1–20 of 35" range, the numbered page links and the
// listing links' return address.
func (v *searchView) paginate(clean url.Values, q index.Query, pageNo int) {
	res := v.Res
	offset := 0
	if q.Cursor == "" {
		offset = q.Offset
	}
	if len(res.Data) > 0 {
		v.From, v.To = offset+1, offset+len(res.Data)
	}
	base := withoutParams(clean, "cursor")
	at := func(n int) string {
		u := "/" + base
		if n > 1 {
			sep := "?"
			if base != "" {
				sep = "&"
			}
			u += sep + "page=" + strconv.Itoa(n)
		}
		return u
	}
	self := url.Values{}
	for k, vs := range clean {
		self[k] = vs
	}
	if pageNo > 1 && q.Cursor == "" {
		self.Set("page", strconv.Itoa(pageNo))
	}
	if enc := self.Encode(); enc != "" {
		v.FromParam = "?from=" + url.QueryEscape(enc)
	}
	if q.Cursor != "" { // an old cursor link: only "next" and "first" make sense
		if c := res.Meta.NextCursor; c != "" {
			sep := "?"
			if base != "" {
				sep = "&"
			}
			v.NextURL = "/" + base + sep + "cursor=" + url.QueryEscape(c)
		}
		v.FirstURL = at(1)
		return
	}
	limit := max(q.Limit, 1)
	total := int(min(res.Meta.Total, uint64(maxOffset+limit)))
	last := max(1, (total+limit-1)/limit)
	if pageNo > 1 {
		v.PrevURL = at(pageNo - 1)
	}
	if pageNo < last && res.Meta.NextCursor != "" {
		v.NextURL = at(pageNo + 1)
	}
	if last == 1 {
		return
	}
	prev := 0
	for n := 1; n <= last; n++ {
		if n != 1 && n != last && (n < pageNo-2 || n > pageNo+2) {
			continue
		}
		v.Pages = append(v.Pages, pageLink{N: n, URL: at(n), Current: n == pageNo, Gap: prev != 0 && n > prev+1})
		prev = n
	}
}

// rangeOf is "1–20 of 35 listings" (or "1 listing").
func (v *searchView) RangeText() string {
	total := v.Res.Meta.Total
	if total == 0 || v.From == 0 {
		return countText(total, "listing", "listings")
	}
	if v.From == 1 && uint64(v.To) == total {
		return countText(total, "listing", "listings")
	}
	return fmt.Sprintf("%d–%d of %d listings", v.From, v.To, total)
}

// backLink is where a listing page's back link goes: the search the
// student came from (from= carries its query string), else all listings.
func backLink(from string) (href, text string) {
	vals, err := url.ParseQuery(from)
	if from == "" || err != nil {
		return "/", "← All listings"
	}
	clean, page := pageParams(vals)
	if page > 1 {
		clean.Set("page", strconv.Itoa(page))
	}
	if len(clean) == 0 {
		return "/", "← All listings"
	}
	return "/?" + clean.Encode(), "← Back to your search"
}
