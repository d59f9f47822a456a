package normalize

import (
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Hiring posts written by people (table tests in
// region_hiring_posts_test.go): forum titles, "Who is hiring" headers and the
// short comma notes such posts end with.
//
//   - A remote note in round brackets inside a title, before the role
//     ("Quantix (Remote UK) — Data Engineer"), is remote work, scoped to
//     the place in the brackets when one is named (titleParenRemote). A
//     note at the title's end was read already; this reads it anywhere.
//   - Square-bracket tags opening a forum title, one of them "[Remote]"
//     ("[Hiring] [Remote] [Canada] - Dev"), are remote work scoped to the
//     place another tag names (titleTagsRemote).
//   - A header segment that is only "FT" is full-time
//     (threadAbbrevType).
//   - A sentence that is a short comma list of a post's terms ("4 years
//     of Go, 18 LPA, hybrid", "Full-time, benefits") states the mode or
//     the type by an item that is only that word (noteListType,
//     noteListMode). The mode item needs a number in another item (a pay
//     or an experience note), so a technology list ("cloud, on-prem,
//     hybrid") is not read; a sentence naming two kinds of work is not
//     read for the type.
//   - A forum title opening with a "[Hiring]" or "[Task]" tag and ending
//     in a lone dollar amount after a comma or a dash ("[Task] Tidy my
//     spreadsheet - $40") is the price of that piece of work
//     (forumTagPricePay).
//
// Every reader is gated by a byte search for a literal of its own and
// compiles its regexp on first use.

var (
	// titleParenRemoteRe is "(Remote)" or "(Remote US)", "(Remote - EU)".
	titleParenRemoteRe = lazyRe(`(?i)\(\s*(?:fully\s+|100%\s+)?remote(?:\s*[-–,:/]?\s*([\p{L}][\p{L}. ]{0,23}?))?\s*\)`)
	// titleParenOfficeDaysRe is the note after "remote" in such a bracket
	// when it counts office days: "2 days in office", "one day a week
	// on-site", "3 days/week in the office".
	titleParenOfficeDaysRe = lazyRe(`(?i)\(\s*remote\s*[-–,;/]\s*(?:\d|one|two|three|four)\s+days?\s*(?:(?:a|per|/)\s*week\s*)?(?:in[- ](?:the\s+)?office|on[- ]?site)\s*\)`)
	// forumTagPriceRe is a "[Hiring]"/"[Task]" title ending in a lone
	// dollar amount.
	forumTagPriceRe = lazyRe(`(?i)^\s*\[(?:hiring|task|paid task|paid)\][^$]*?(?:,|\s[-–—:]\s)\s*(\$\s?(\d{1,3}(?:,\d{3})+|\d{1,5})(?:\.\d{2})?)\s*[.!]?\s*$`)
)

// titleParenRemote reads a bracketed remote note anywhere in a title when
// no reader gave a mode.
func titleParenRemote(title string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || !containsFold(title, "remote") {
		return ri
	}
	if strings.HasPrefix(strings.TrimSpace(title), "[") && containsFold(title, "[remote]") {
		return titleTagsRemote(title, ri)
	}
	if strings.IndexByte(title, '(') < 0 {
		return ri
	}
	m := titleParenRemoteRe().FindStringSubmatch(title)
	if m == nil {
		return titleParenOfficeDays(title, ri)
	}
	var regions []string
	if place := strings.TrimSpace(m[1]); place != "" {
		regions = regionList(place)
		if len(regions) == 0 {
			return titleParenOfficeDays(title, ri) // "(remote possible)", "(remote team)": not a scope this reads
		}
	}
	ri.Remote, ri.Regions, ri.Evidence = model.RemoteRemote, regions, "title: "+m[0]
	return ri
}

// titleParenOfficeDays reads a bracketed remote note that counts office
// days, "(Remote, 2 days in office)", as hybrid work.
func titleParenOfficeDays(title string, ri RemoteInfo) RemoteInfo {
	if !containsFold(title, "day") {
		return ri
	}
	if m := titleParenOfficeDaysRe().FindString(title); m != "" {
		ri.Remote, ri.Evidence = model.RemoteHybrid, "title: "+m
	}
	return ri
}

// titleTagsRemote reads the square-bracket tags opening a forum title:
// "[Hiring] [Remote] [Canada] - Dev" is remote work, scoped to the place a
// tag names.
func titleTagsRemote(title string, ri RemoteInfo) RemoteInfo {
	rest := strings.TrimSpace(title)
	remote := false
	var regions []string
	for strings.HasPrefix(rest, "[") {
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			break
		}
		tag := strings.TrimSpace(rest[1:end])
		rest = strings.TrimSpace(rest[end+1:])
		switch strings.ToLower(tag) {
		case "remote", "fully remote", "100% remote":
			remote = true
		case "hiring", "for hire", "task", "paid", "urgent", "":
		default:
			if rs := regionList(tag); len(rs) > 0 && regions == nil {
				regions = rs
			}
		}
	}
	if remote {
		ri.Remote, ri.Regions, ri.Evidence = model.RemoteRemote, regions, "title: "+title
	}
	return ri
}

// threadAbbrevType reads a header segment "FT" as full-time when no
// reader gave a type.
func threadAbbrevType(title, text string, typ model.JobType) model.JobType {
	if typ != model.TypeUnknown || !strings.Contains(title+"\n"+firstLine(text), "FT") {
		return typ
	}
	line := threadHeader(title, text)
	if line == "" {
		return typ
	}
	for _, s := range threadSegments(line)[1:] {
		if s == "FT" || s == "F/T" {
			return model.TypeFullTime
		}
	}
	return typ
}

// firstLine is text up to its first newline.
func firstLine(text string) string {
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		return text[:i]
	}
	return text
}

// noteSentences calls f with each sentence of text that is a comma list
// of two to six short items (five words at most each); f returns true to
// stop.
func noteSentences(text string, f func(sentence string, items []string) bool) {
	for len(text) > 0 {
		i := strings.IndexAny(text, ".!?\n")
		s := text
		if i >= 0 {
			s, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if strings.IndexByte(s, ',') < 0 {
			continue
		}
		items := strings.Split(s, ",")
		if len(items) < 2 || len(items) > 6 {
			continue
		}
		ok := true
		for k := range items {
			items[k] = strings.TrimSpace(items[k])
			if n := len(strings.Fields(items[k])); n == 0 || n > 5 {
				ok = false
				break
			}
		}
		if ok && f(s, items) {
			return
		}
	}
}

// noteListType reads "full time" or "part-time" as one item of a post's
// comma list of terms when no reader gave a type.
func noteListType(text string, typ model.JobType) model.JobType {
	if typ != model.TypeUnknown || !containsFold(text, "time,") && !containsFold(text, "time.") && !containsFold(text, ", full") && !containsFold(text, ", part") {
		return typ
	}
	out := typ
	noteSentences(text, func(s string, items []string) bool {
		if strings.Count(strings.ToLower(s), "time") != 1 || containsFold(s, "contract") || containsFold(s, "freelance") ||
			containsFold(s, "intern") || containsFold(s, "temporar") {
			return false
		}
		for _, it := range items {
			switch strings.ToLower(strings.ReplaceAll(it, "-", " ")) {
			case "full time":
				out = model.TypeFullTime
				return true
			case "part time":
				out = model.TypePartTime
				return true
			}
		}
		return false
	})
	return out
}

// noteListMode reads "hybrid", "remote" or "on-site" as one item of a
// post's comma list of terms, beside an item with a number, when no
// reader gave a mode.
func noteListMode(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || !containsFold(text, "hybrid") && !containsFold(text, "remote") && !containsFold(text, "site") {
		return ri
	}
	noteSentences(text, func(s string, items []string) bool {
		mode, at := model.RemoteUnknown, -1
		for k, it := range items {
			var m model.Remote
			switch strings.ToLower(it) {
			case "hybrid":
				m = model.RemoteHybrid
			case "remote", "fully remote":
				m = model.RemoteRemote
			case "on-site", "onsite", "on site":
				m = model.RemoteOnsite
			default:
				continue
			}
			if mode != model.RemoteUnknown {
				return false // two modes: a list of choices, not a note
			}
			mode, at = m, k
		}
		if mode == model.RemoteUnknown || modeWords(s) > 1 {
			return false
		}
		for k, it := range items {
			if k != at && strings.IndexAny(it, "0123456789") >= 0 {
				ri.Remote, ri.Evidence = mode, "text: "+strings.TrimSpace(s)
				return true
			}
		}
		return false
	})
	return ri
}

// modeWords counts the work-mode words of s: "remote", "hybrid", "site".
func modeWords(s string) int {
	s = strings.ToLower(s)
	return strings.Count(s, "remote") + strings.Count(s, "hybrid") + strings.Count(s, "site")
}

// forumTagPricePay reads the lone dollar amount ending a "[Hiring]" or
// "[Task]" title as the price of the work when no pay was read.
func forumTagPricePay(pay *model.Pay, title string) *model.Pay {
	if pay != nil || strings.IndexByte(title, '$') < 0 || strings.IndexByte(title, '[') < 0 {
		return pay
	}
	m := forumTagPriceRe().FindStringSubmatchIndex(title)
	if m == nil {
		return pay
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(title[m[4]:m[5]], ",", ""), 64)
	if err != nil || v < 5 {
		return pay
	}
	return &model.Pay{Min: v, Max: v, Currency: "USD", Unit: model.UnitProject, Source: model.FromText,
		Evidence: &model.Span{Field: "title", Start: m[2], End: m[3], Text: title[m[2]:m[3]]}}
}
