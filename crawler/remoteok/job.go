package remoteok

import (
	"html"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Job is one element of the feed. Ids arrive as strings in current
// payloads and as numbers in older ones; salaries use 0 for unknown.
type Job struct {
	ID          crawler.Flex `json:"id"`
	Slug        string       `json:"slug"`
	Epoch       crawler.Flex `json:"epoch"`
	Date        string       `json:"date"`
	Company     string       `json:"company"`
	CompanyLogo string       `json:"company_logo"`
	Position    string       `json:"position"`
	Tags        []string     `json:"tags"`
	Description string       `json:"description"` // raw HTML fragments
	Location    string       `json:"location"`
	SalaryMin   crawler.Flex `json:"salary_min"`
	SalaryMax   crawler.Flex `json:"salary_max"`
	ApplyURL    string       `json:"apply_url"`
	URL         string       `json:"url"`
}

// Posting converts a job; ok is false for an element that is not a job
// (no id or no position).
func (j *Job) Posting() (p model.Posting, ok bool) {
	id := j.ID.String()
	title := cleanLine(j.Position)
	if id == "" || title == "" {
		return p, false
	}
	p = model.Posting{
		ExternalID:      id,
		URL:             j.listingURL(),
		ApplyURL:        absURL(j.ApplyURL),
		Title:           title,
		Company:         cleanLine(j.Company),
		RemoteHint:      "remote", // every Remote OK listing is remote
		Tags:            cleanTags(j.Tags),
		DescriptionHTML: fixMojibake(j.Description),
		Pay:             yearlyUSD(j.SalaryMin.Float(), j.SalaryMax.Float()),
		PostedAt:        crawler.ParseEpoch(j.Epoch.Float()),
	}
	if p.PostedAt == nil {
		p.PostedAt = crawler.ParseTime(j.Date)
	}
	if loc := cleanLocation(j.Location); loc != "" {
		p.Locations = []string{loc}
	}
	return p, true
}

// listingURL is the Remote OK page of the job: url, else the slug's page,
// else the id's page. The terms ask for this link back.
func (j *Job) listingURL() string {
	if u := absURL(j.URL); u != "" {
		return u
	}
	if slug := strings.TrimSpace(j.Slug); slug != "" {
		return DefaultBase + "/remote-jobs/" + url.PathEscape(slug)
	}
	return DefaultBase + "/remote-jobs/" + url.PathEscape(j.ID.String())
}

// yearlyUSD is the structured salary: Remote OK quotes yearly US dollars
// and uses 0 for unknown, so pay is structured only when a bound is > 0.
func yearlyUSD(lo, hi float64) *model.Pay {
	if lo < 0 {
		lo = 0
	}
	if hi < 0 {
		hi = 0
	}
	switch {
	case lo == 0 && hi == 0:
		return nil
	case lo == 0:
		lo = hi
	case hi == 0:
		hi = lo
	case lo > hi:
		lo, hi = hi, lo
	}
	return &model.Pay{Min: lo, Max: hi, Currency: "USD", Unit: model.UnitYear, Source: model.FromStructured}
}

// absURL trims u, resolves a relative URL against remoteok.com and
// lower-cases the host ("remoteOK.com" in the feed). It returns "" for
// anything that is not an http(s) URL.
func absURL(u string) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return ""
	}
	base, _ := url.Parse(DefaultBase)
	ref, err := url.Parse(u)
	if err != nil {
		return ""
	}
	abs := base.ResolveReference(ref)
	if (abs.Scheme != "http" && abs.Scheme != "https") || abs.Host == "" {
		return ""
	}
	abs.Host = strings.ToLower(abs.Host)
	return abs.String()
}

// cleanLine decodes entities ("Bay Plumbing &amp; Drainage"), repairs
// mojibake and folds white space of a one-line value.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(fixMojibake(html.UnescapeString(s))), " ")
}

// cleanLocation trims the free-text location: "Orlando, " becomes
// "Orlando" and a repeated part ("Austin, Austin, Texas") is kept once.
func cleanLocation(s string) string {
	var parts []string
	for _, part := range strings.Split(cleanLine(s), ",") {
		part = strings.TrimSpace(part)
		if part == "" || (len(parts) > 0 && strings.EqualFold(parts[len(parts)-1], part)) {
			continue
		}
		parts = append(parts, part)
	}
	return strings.Join(parts, ", ")
}

// cleanTags trims the tags and keeps each once.
func cleanTags(tags []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		t = cleanLine(t)
		if k := strings.ToLower(t); t != "" && !seen[k] {
			seen[k] = true
			out = append(out, t)
		}
	}
	return out
}

// fixMojibake repairs UTF-8 text that was decoded as Latin-1 on the way
// into the feed ("â\u0080\u0094" for "—"). It changes s only when every
// rune fits in one byte and those bytes are valid UTF-8 with at least
// one multi-byte sequence, which genuine Latin-1 text practically never is.
func fixMojibake(s string) string {
	var b []byte
	multi := false
	for i, r := range s {
		if r > 0xff {
			return s
		}
		if r >= 0x80 {
			multi = true
			if b == nil {
				b = make([]byte, 0, len(s))
				b = append(b, s[:i]...)
			}
		}
		if b != nil {
			b = append(b, byte(r))
		}
	}
	if !multi || !utf8.Valid(b) {
		return s
	}
	return string(b)
}
