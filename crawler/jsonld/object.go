package jsonld

import (
	"html"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// ParseObject converts one schema.org JobPosting object (decoded with
// json.Decoder.UseNumber) into a Posting. pageURL is the page the object
// came from: relative URLs resolve against it, and it is the URL and id of
// a posting that has neither. ok is false when the object has no title.
func ParseObject(m map[string]any, pageURL string) (p model.Posting, ok bool) {
	page, _ := url.Parse(pageURL)
	p.Title = text(m["title"])
	if p.Title == "" {
		p.Title = text(m["name"])
	}
	p.URL = absURL(page, str(m["url"]))
	if p.URL == "" {
		p.URL = absURL(nil, pageURL)
	}
	p.ExternalID = identifier(m["identifier"])
	if p.ExternalID == "" {
		p.ExternalID = p.URL
	}
	if b, _ := m["directApply"].(bool); b || str(m["directApply"]) == "true" {
		p.ApplyURL = p.URL
	}
	p.DescriptionHTML, p.DescriptionText = description(str(m["description"]))
	organization(&p, m["hiringOrganization"], page)
	locations(&p, m)
	p.EmploymentType = strings.Join(strs(m["employmentType"]), ", ")
	p.Pay, p.PayText = salary(m["baseSalary"])
	p.PostedAt = date(m["datePosted"])
	p.UpdatedAt = date(m["dateModified"])
	p.Deadline = date(m["validThrough"])
	p.Language = str(m["inLanguage"])
	for _, k := range []string{"occupationalCategory", "industry", "skills"} {
		for _, s := range strs(m[k]) {
			p.Tags = appendUnique(p.Tags, html.UnescapeString(s))
		}
	}
	return p, p.Title != "" && p.URL != "" && p.ExternalID != ""
}

// identifier reads a PropertyValue ({value}), a string or number, or the
// first of an array.
func identifier(v any) string {
	switch t := v.(type) {
	case map[string]any:
		if s := str(t["value"]); s != "" {
			return s
		}
		return str(t["@id"])
	case []any:
		for _, e := range t {
			if s := identifier(e); s != "" {
				return s
			}
		}
		return ""
	}
	return str(v)
}

// absURL resolves ref against page, keeping a fragment (it can tell
// postings on one page apart); "" when the result is not an http(s) URL.
func absURL(page *url.URL, ref string) string {
	ref = html.UnescapeString(ref)
	u, ok := crawler.NormalizeURL(ref, page)
	if !ok {
		return ""
	}
	if r, err := url.Parse(strings.TrimSpace(ref)); err == nil && r.Fragment != "" {
		u.Fragment = r.Fragment
	}
	return u.String()
}

var tagRE = regexp.MustCompile(`<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*)[\s/>]`)

// description returns the HTML of a description, unescaping it once when
// the whole markup arrived entity-escaped ("&lt;p&gt;..."); a description
// with no markup at all is returned as plain text instead.
func description(d string) (htmlDesc, plain string) {
	if d == "" {
		return "", ""
	}
	if tagRE.MatchString(d) {
		return d, ""
	}
	if u := html.UnescapeString(d); tagRE.MatchString(u) {
		return u, ""
	}
	return "", html.UnescapeString(d)
}

// organization reads hiringOrganization: an Organization or a plain name.
func organization(p *model.Posting, v any, page *url.URL) {
	os := objs(v)
	if len(os) == 0 {
		p.Company = text(v)
		return
	}
	o := os[0]
	p.Company = text(o["name"])
	for _, k := range []string{"url", "sameAs"} {
		if u := absURL(page, str(o[k])); u != "" {
			p.CompanyURL = u
			return
		}
	}
}

// locations reads jobLocation (Place or array), jobLocationType and
// applicantLocationRequirements.
func locations(p *model.Posting, m map[string]any) {
	for _, place := range objs(m["jobLocation"]) {
		p.Locations = appendUnique(p.Locations, placeName(place))
	}
	if s, ok := m["jobLocation"].(string); ok {
		p.Locations = appendUnique(p.Locations, text(s))
	}
	for _, t := range strs(m["jobLocationType"]) {
		if strings.EqualFold(t, "TELECOMMUTE") {
			p.RemoteHint = "remote"
		}
	}
	for _, r := range strs(m["applicantLocationRequirements"]) {
		p.Locations = appendUnique(p.Locations, html.UnescapeString(r))
	}
}

// placeName joins a Place's address parts ("Austin, TX, US").
func placeName(place map[string]any) string {
	addr, ok := place["address"].(map[string]any)
	if !ok {
		if s := text(place["address"]); s != "" {
			return s
		}
		return text(place["name"])
	}
	var parts []string
	for _, k := range []string{"addressLocality", "addressRegion", "addressCountry"} {
		if s := text(addr[k]); s != "" && !containsFold(parts, s) {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return text(place["name"])
	}
	return strings.Join(parts, ", ")
}

func containsFold(list []string, v string) bool {
	for _, x := range list {
		if strings.EqualFold(x, v) {
			return true
		}
	}
	return false
}

// dateLayouts add to crawler.ParseTime the ISO forms it lacks.
var dateLayouts = []string{"2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02T15:04:05Z0700"}

func date(v any) *time.Time {
	s := str(v)
	if t := crawler.ParseTime(s); t != nil {
		return t
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			t = t.UTC()
			return &t
		}
	}
	return nil
}

// formatAmount prints an amount without a needless fraction.
func formatAmount(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}
