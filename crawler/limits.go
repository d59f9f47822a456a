package crawler

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Field size caps applied to every posting before it reaches the sink, so
// that one huge field cannot cost the normalizer, the red-flag rules, the
// store and the index more than a bounded amount. A cut is recorded on the
// run as a note.
const (
	MaxTitle       = 300
	MaxCompany     = 200
	MaxCompanyInfo = 20_000
	MaxDescription = 100_000 // bytes of HTML or text; real postings are under 50 KB
	MaxPayText     = 1_000
	MaxShort       = 200 // a location, tag, employment type, remote hint or language
	MaxList        = 50  // locations and tags
	MaxURL         = 2_048
)

// LimitPosting cuts p's fields to the caps above and drops links that are
// not absolute http(s) URLs (javascript:, data:, vbscript:, relative).
// note is called once per change with a short description; nil is fine.
// It returns whether the posting is still usable (it keeps a posting URL).
func LimitPosting(p *model.Posting, note func(string)) bool {
	if note == nil {
		note = func(string) {}
	}
	cut := func(field string, s *string, max int) {
		if len(*s) > max {
			*s = truncateUTF8(*s, max)
			note(fmt.Sprintf("%s cut to %d bytes", field, max))
		}
	}
	cut("title", &p.Title, MaxTitle)
	cut("company", &p.Company, MaxCompany)
	cut("company_info", &p.CompanyInfo, MaxCompanyInfo)
	cut("description", &p.DescriptionHTML, MaxDescription)
	cut("description", &p.DescriptionText, MaxDescription)
	cut("pay_text", &p.PayText, MaxPayText)
	cut("employment_type", &p.EmploymentType, MaxShort)
	cut("remote_hint", &p.RemoteHint, MaxShort)
	cut("language", &p.Language, MaxShort)
	cut("external_id", &p.ExternalID, MaxShort)
	for _, list := range []struct {
		name string
		l    *[]string
	}{{"locations", &p.Locations}, {"tags", &p.Tags}} {
		if len(*list.l) > MaxList {
			*list.l = (*list.l)[:MaxList]
			note(fmt.Sprintf("%s cut to %d", list.name, MaxList))
		}
		for i := range *list.l {
			cut(list.name, &(*list.l)[i], MaxShort)
		}
	}
	for _, u := range []struct {
		name string
		s    *string
	}{{"url", &p.URL}, {"apply_url", &p.ApplyURL}, {"company_url", &p.CompanyURL}} {
		if *u.s == "" {
			continue
		}
		*u.s = strings.TrimSpace(*u.s)
		if !httpURL(*u.s) {
			note(fmt.Sprintf("%s dropped: not an http(s) URL (%s)", u.name, scheme(*u.s)))
			*u.s = ""
		}
	}
	return p.URL != ""
}

// httpURL reports whether s is an absolute http or https URL with a host,
// of bounded length.
func httpURL(s string) bool {
	if len(s) > MaxURL {
		return false
	}
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	sc := strings.ToLower(u.Scheme)
	return (sc == "http" || sc == "https") && u.Host != ""
}

func scheme(s string) string {
	if len(s) > MaxURL {
		return "too long"
	}
	if i := strings.IndexByte(s, ':'); i > 0 && i < 20 {
		return strings.ToLower(s[:i]) + ":"
	}
	return "relative or malformed"
}

// truncateUTF8 cuts s to at most max bytes without splitting a rune.
func truncateUTF8(s string, max int) string {
	if len(s) <= max {
		return s
	}
	s = s[:max]
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if r != utf8.RuneError || size > 1 {
			break
		}
		s = s[:len(s)-1]
	}
	return s
}

// notes counts a run's notes by text, so a board of 50,000 postings with
// long descriptions adds one line, not 50,000.
type notes map[string]int

func (n notes) add(s string) { n[s]++ }

// list is the notes as lines ("description cut to 200000 bytes (3 postings)").
func (n notes) list() []string {
	out := make([]string, 0, len(n))
	for s, c := range n {
		if c == 1 {
			out = append(out, s+" (1 posting)")
		} else {
			out = append(out, fmt.Sprintf("%s (%d postings)", s, c))
		}
	}
	sort.Strings(out)
	return out
}
