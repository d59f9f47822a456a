package normalize

import (
	"slices"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Community hiring threads (table tests in
// region_thread_header_test.go): the pipe header of a "Who is hiring" comment, a
// "[Hiring]" title of a forum board and the short notes such posts carry.
//
// Remote mode and region (reviseThreadHeader, after the other readers):
//   - a segment "Remote (Everywhere)" or a sentence "Anywhere in the
//     world." is remote from anywhere;
//   - a segment "Denver, CO / Remote" scopes the remote choice to the
//     place's country;
//   - a segment naming American hours ("PT/ET hours") is the US;
//   - a role segment with a region group in brackets, "Designers (EMEA)",
//     beside a bare remote segment is that group;
//   - a "[Hiring]" title with a bare "remote" between commas is remote;
//   - a segment "Onsite (Lyon) + Remote" offers remote work;
//   - a segment "Austin Hybrid" is hybrid, and "Hybrid (Remote Possible)"
//     stays hybrid.
//
// Type (threadHeaderType): a segment that is only "Full-time" beside a
// contractor note in the company's brackets is full-time; "(full-time,
// REMOTE)" in a segment and "full-time with benefits" are full-time; a
// segment "~8-12 hrs/wk" is part-time.
//
// Pay (threadDayRatePay): "450€/j" (French "jour") is a day rate.
//
// Every reader is gated by a byte search for a literal of its own, and
// compiles its regexp on first use.

var (
	// threadEverywhere is a remote segment open everywhere.
	threadEverywhere = lazyRe(`(?i)^(?:fully\s+)?remote\s*\(\s*(?:everywhere|anywhere)\s*\)$`)
	// threadAnywhereWorld is a sentence opening with "anywhere in the
	// world" or a verb of living or hiring before it.
	threadAnywhereWorld = lazyRe(`(?i)(?:^|[.!;\n]\s*|\b(?:work|live|based|hire|hiring|from)\s+(?:from\s+)?)anywhere in the world\b`)
	// threadPlaceSlashRemote is "City, ST / Remote" or "Remote / City, ST";
	// the place is in the first or the second group.
	threadPlaceSlashRemote = lazyRe(`(?i)^(?:([\p{L}. ]{2,30},\s*[A-Z]{2})\s*/\s*remote|remote\s*/\s*([\p{L}. ]{2,30},\s*[A-Z]{2}))$`)
	// threadUSHours is a remote segment naming American hours.
	threadUSHours = lazyRe(`(?i)\b(?:PT|ET|PST|EST|CT|MT)(?:\s*/\s*(?:PT|ET|PST|EST|CT|MT))+\s+hours\b`)
	// threadRoleGroup is a role segment with a region group in brackets.
	threadRoleGroup = lazyRe(`(?i)^[\p{L} ]{3,40}\(\s*(americas|emea|apac|latam|europe|eu)\s*\)$`)
	// threadHiringRemote is a "[Hiring]" title with a bare "remote"
	// between commas, dashes or pipes.
	threadHiringRemote = lazyRe(`(?i)^\s*\[hiring\].*(?:,|\s-\s|\|)\s*(?:fully\s+)?remote\s*(?:,|\s-\s|\||$)`)
	// threadPlusRemote is an on-site segment with remote work added.
	threadPlusRemote = lazyRe(`(?i)^on-?site\b[^|+]{0,40}\+\s*remote$`)
	// threadPlaceHybrid is a short place before "Hybrid".
	threadPlaceHybrid = lazyRe(`(?i)^[A-Z][\p{L}.]{1,20}(?:\s[A-Z][\p{L}.]{1,20})?\s+hybrid\b`)
	// threadHybridPossible is "Hybrid (Remote Possible)".
	threadHybridPossible = lazyRe(`(?i)^hybrid\s*\(\s*remote\s+(?:possible|ok|optional)\s*\)$`)

	// threadOnlyFullTime is a segment that is only "Full-time".
	threadOnlyFullTime = lazyRe(`(?i)^full[- ]?time$`)
	// threadParenFullTime is "(full-time, …)" in a segment.
	threadParenFullTime = lazyRe(`(?i)\(\s*full[- ]?time\s*[,)]`)
	// threadFullBenefits is "full-time with benefits".
	threadFullBenefits = lazyRe(`(?i)\bfull[- ]?time with benefits\b`)
	// threadWeekHours is a segment of a few hours a week: "~10-15 hrs/wk".
	threadWeekHours = lazyRe(`(?i)^~?\s*(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*(?:hrs?|hours)\s*(?:/|per|a)\s*(?:wk|week)$`)

	// threadDayRate is a euro day rate written with "j" (jour): "600€/j".
	threadDayRate = lazyRe(`(?:^|[\s,(])(\d{2,4})\s*€\s*/\s*j(?:our)?\b`)
)

// threadHeader is the pipe header of text (its first line with a pipe) or
// of the title; "" when neither has one.
func threadHeader(title, text string) string {
	t := strings.TrimLeft(text, " \t\r\n")
	if i := strings.IndexByte(t, '\n'); i >= 0 {
		t = t[:i]
	}
	if len(t) <= 300 && strings.IndexByte(t, '|') >= 0 {
		return t
	}
	if strings.IndexByte(title, '|') >= 0 {
		return title
	}
	return ""
}

// threadSegments splits a header at its pipes, trimmed of spaces and the
// markdown stars some posters wrap it in.
func threadSegments(line string) []string {
	segs := strings.Split(line, "|")
	for i := range segs {
		segs[i] = strings.Trim(segs[i], " \t*")
	}
	return segs
}

// reviseThreadHeader mends the remote reading from a thread's header (see
// above).
func reviseThreadHeader(title, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteUnknown && strings.HasPrefix(strings.TrimSpace(title), "[") &&
		containsFold(title, "remote") && threadHiringRemote().MatchString(title) {
		ri.Remote, ri.Evidence = model.RemoteRemote, "title: "+title // "[Hiring] Data Engineer, remote, $80/hr"
	}
	if ri.Remote == model.RemoteRemote && len(ri.Regions) == 0 && containsFold(text, "anywhere in the world") {
		for _, loc := range threadAnywhereWorld().FindAllStringIndex(text, -1) {
			if !anywherePerkAt(text, loc[1]) { // "for up to 4 weeks a year" is a perk (region_denied_hire.go)
				ri.Regions = []string{"worldwide"}
				break
			}
		}
	}
	line := threadHeader(title, text)
	if line == "" {
		return ri
	}
	segs := threadSegments(line)
	hasRemote := containsFold(line, "remote")
	if ri.Remote == model.RemoteUnknown && !hasRemote && containsFold(line, "hybrid") {
		for _, s := range segs {
			if threadPlaceHybrid().MatchString(s) {
				ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+s // "NYC Hybrid - ..."
				return ri
			}
		}
	}
	if !hasRemote {
		return ri
	}
	for _, s := range segs[1:] {
		switch {
		case ri.Remote == model.RemoteUnknown && containsFold(s, "+") && threadPlusRemote().MatchString(s):
			ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+s
		case ri.Remote == model.RemoteRemote && (containsFold(s, "possible") || containsFold(s, "remote ok") || containsFold(s, "optional")):
			if threadHybridPossible().MatchString(s) {
				ri.Remote, ri.Regions, ri.Evidence = model.RemoteHybrid, nil, "text: "+s
				return ri
			}
		}
	}
	if ri.Remote != model.RemoteRemote || len(ri.Regions) > 0 {
		return ri
	}
	bareRemote := false
	for _, s := range segs[1:] {
		if strings.EqualFold(s, "remote") || strings.EqualFold(s, "fully remote") {
			bareRemote = true
		}
	}
	for _, s := range segs[1:] {
		switch {
		case containsFold(s, "where") && threadEverywhere().MatchString(s):
			ri.Regions = []string{"worldwide"}
		case strings.IndexByte(s, '/') >= 0 && threadPlaceSlashRemote().MatchString(s):
			m := threadPlaceSlashRemote().FindStringSubmatch(s)
			place := m[1] + m[2]
			if rs := regionList(place); len(rs) == 1 && rs[0] != "worldwide" {
				ri.Regions = rs
			}
		case containsFold(s, "hours") && containsFold(s, "remote") && threadUSHours().MatchString(s):
			ri.Regions = []string{"US"}
		case len(s) > 10 && strings.EqualFold(s[:10], "remote or "):
			// "Acme | REMOTE or San Francisco, Chicago, Toronto": the
			// segment read as a location names the places the remote
			// choice sits beside.
			if r := ParseRemote("", []string{s}, ""); len(r.Regions) > 0 && !slices.Contains(r.Regions, "worldwide") {
				ri.Regions = r.Regions
			}
		case bareRemote && strings.IndexByte(s, '(') >= 0 && threadRoleGroup().MatchString(s):
			m := threadRoleGroup().FindStringSubmatch(s)
			if rs := regionList(m[1]); len(rs) > 0 {
				ri.Regions = rs
			}
		}
		if len(ri.Regions) > 0 {
			ri.Evidence = "text: " + s
			return ri
		}
	}
	return ri
}

// threadHeaderType mends the type from a thread's header (see above).
func threadHeaderType(title, text string, typ model.JobType) model.JobType {
	if typ == model.TypeUnknown && containsFold(text, "with benefits") && threadFullBenefits().MatchString(text) {
		return model.TypeFullTime
	}
	line := threadHeader(title, text)
	if line == "" {
		return typ
	}
	segs := threadSegments(line)
	switch typ {
	case model.TypeContract:
		// "Acme (1099 contractor for a client) | … | full-time": the hours
		// are full-time whatever the tax status in the company's brackets.
		if !containsFold(segs[0], "contract") {
			return typ
		}
		for _, s := range segs[1:] {
			if containsFold(s, "contract") {
				return typ
			}
		}
		for _, s := range segs[1:] {
			if f := strings.Fields(s); len(f) > 0 && threadOnlyFullTime().MatchString(f[0]) {
				return model.TypeFullTime
			}
		}
	case model.TypeUnknown:
		for _, s := range segs[1:] {
			if containsFold(s, "time") && threadParenFullTime().MatchString(s) {
				return model.TypeFullTime
			}
			if containsFold(s, "wk") || containsFold(s, "week") {
				if m := threadWeekHours().FindStringSubmatch(s); m != nil {
					if hi, err := strconv.Atoi(m[2]); err == nil && hi <= 30 {
						return model.TypePartTime
					}
				}
			}
		}
	}
	return typ
}

// threadDayRatePay reads a euro day rate written with "j" when no pay was
// read.
func threadDayRatePay(pay *model.Pay, title, text string) *model.Pay {
	if pay != nil {
		return pay
	}
	for _, s := range []string{title, text} {
		if !strings.Contains(s, "€") || !containsFold(s, "/j") {
			continue
		}
		m := threadDayRate().FindStringSubmatch(s)
		if m == nil {
			continue
		}
		v, err := strconv.ParseFloat(m[1], 64)
		if err != nil || v < 50 {
			continue
		}
		field := "title"
		if s == text {
			field = "text"
		}
		return &model.Pay{Min: v, Max: v, Currency: "EUR", Unit: model.UnitDay, Source: model.FromText,
			Evidence: &model.Span{Field: field, Text: strings.TrimSpace(m[0])}}
	}
	return nil
}

// threadWorkIsRemote is a sentence saying the work is remote: "Work is
// remote, but you must live near Tulsa."
var threadWorkIsRemote = lazyRe(`(?i)(?:^|[.!;\n]\s*)(?:the\s+)?work is (?:fully\s+|100%\s+)?remote\s*(?:[,.;]|\s+but\b|$)`)

// reviseWorkIsRemote reads "Work is remote, but …" as remote work when no
// reader gave a mode, scoped to the single country of the location field.
func reviseWorkIsRemote(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || !containsFold(text, "work is ") || !threadWorkIsRemote().MatchString(text) {
		return ri
	}
	ri.Remote, ri.Evidence = model.RemoteRemote, "text: work is remote"
	if len(locs) == 1 {
		if rs := regionList(locs[0]); len(rs) == 1 && rs[0] != "worldwide" {
			ri.Regions = rs
		}
	}
	return ri
}
