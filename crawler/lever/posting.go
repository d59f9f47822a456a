package lever

import (
	"html"
	"net/url"
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Job is one Lever posting. The HTML fields are raw HTML, not escaped.
type Job struct {
	ID              string       `json:"id"`
	Text            string       `json:"text"` // the title
	Categories      Categories   `json:"categories"`
	Country         string       `json:"country"` // ISO-2
	WorkplaceType   string       `json:"workplaceType"`
	CreatedAt       crawler.Flex `json:"createdAt"` // epoch ms
	UpdatedAt       crawler.Flex `json:"updatedAt"` // epoch ms, rarely present
	Description     string       `json:"description"`
	DescriptionBody string       `json:"descriptionBody"`
	Opening         string       `json:"opening"`
	Lists           []List       `json:"lists"`
	Additional      string       `json:"additional"`
	HostedURL       string       `json:"hostedUrl"`
	ApplyURL        string       `json:"applyUrl"`
	SalaryRange     *SalaryRange `json:"salaryRange"`
	SalaryPlain     string       `json:"salaryDescriptionPlain"`
}

// Categories are a posting's company-defined labels.
type Categories struct {
	Commitment   string   `json:"commitment"`
	Location     string   `json:"location"`
	AllLocations []string `json:"allLocations"`
	Team         string   `json:"team"`
	Department   string   `json:"department"`
}

// List is one titled bullet list; Content is <li> fragments with no <ul>.
type List struct {
	Text    string `json:"text"`
	Content string `json:"content"`
}

// SalaryRange is Lever's structured pay; Interval is like "per-year-salary".
type SalaryRange struct {
	Min      crawler.Flex `json:"min"`
	Max      crawler.Flex `json:"max"`
	Currency string       `json:"currency"`
	Interval string       `json:"interval"`
}

// Posting converts a job to the common Posting; ok is false when it has no
// id or no title (a draft: left out, not a crawl error).
func (j *Job) Posting() (model.Posting, bool) {
	id := strings.TrimSpace(j.ID)
	if id == "" || strings.TrimSpace(j.Text) == "" {
		return model.Posting{}, false
	}
	p := model.Posting{
		ExternalID:      id,
		URL:             absolute(j.HostedURL),
		ApplyURL:        absolute(j.ApplyURL),
		Title:           strings.TrimSpace(j.Text),
		Company:         companyFromHostedURL(j.HostedURL),
		Locations:       j.locations(),
		RemoteHint:      workplace(j.WorkplaceType),
		EmploymentType:  strings.TrimSpace(j.Categories.Commitment),
		Tags:            crawler.Uniq(j.Categories.Team, j.Categories.Department),
		DescriptionHTML: j.descriptionHTML(),
		Pay:             j.SalaryRange.pay(),
		PayText:         strings.TrimSpace(j.SalaryPlain),
		PostedAt:        crawler.ParseEpoch(j.CreatedAt.Float()),
		UpdatedAt:       crawler.ParseEpoch(j.UpdatedAt.Float()),
	}
	if p.URL == "" {
		p.URL = p.ApplyURL
	}
	return p, true
}

func (j *Job) locations() []string {
	all := append([]string{j.Categories.Location}, j.Categories.AllLocations...)
	return crawler.Uniq(all...)
}

// descriptionHTML joins the parts Lever's hosted page shows: the opening
// and body (or the combined description), each list as a heading and a
// <ul>, then the closing section.
func (j *Job) descriptionHTML() string {
	var b strings.Builder
	if strings.TrimSpace(j.Opening+j.DescriptionBody) != "" {
		b.WriteString(j.Opening)
		b.WriteString(j.DescriptionBody)
	} else {
		b.WriteString(j.Description)
	}
	for _, l := range j.Lists {
		if t := strings.TrimSpace(l.Text); t != "" {
			b.WriteString("<h3>" + html.EscapeString(t) + "</h3>")
		}
		c := strings.TrimSpace(l.Content)
		switch {
		case c == "":
		case strings.HasPrefix(c, "<ul") || strings.HasPrefix(c, "<ol") || !strings.Contains(c, "<li"):
			b.WriteString(c) // already a list, or no list items to wrap
		default:
			b.WriteString("<ul>" + c + "</ul>")
		}
	}
	b.WriteString(j.Additional)
	return strings.TrimSpace(b.String())
}

// pay returns the structured pay, or nil when the range lacks an amount,
// a currency or a known interval.
func (r *SalaryRange) pay() *model.Pay {
	if r == nil {
		return nil
	}
	lo, hi := r.Min.Float(), r.Max.Float()
	unit := intervalUnit(r.Interval)
	cur := strings.ToUpper(strings.TrimSpace(r.Currency))
	if (lo <= 0 && hi <= 0) || unit == "" || cur == "" {
		return nil
	}
	if lo <= 0 {
		lo = hi
	}
	if hi < lo {
		hi = lo
	}
	return &model.Pay{Min: lo, Max: hi, Currency: cur, Unit: unit, Source: model.FromStructured}
}

// intervalUnit maps "per-year-salary", "per-hour-wage", "one-time"... to a unit.
func intervalUnit(s string) model.PayUnit {
	s = strings.ToLower(s)
	switch {
	case strings.Contains(s, "hour"):
		return model.UnitHour
	case strings.Contains(s, "day"):
		return model.UnitDay
	case strings.Contains(s, "week"):
		return model.UnitWeek
	case strings.Contains(s, "month"):
		return model.UnitMonth
	case strings.Contains(s, "year") || strings.Contains(s, "annual"):
		return model.UnitYear
	case strings.Contains(s, "one-time") || strings.Contains(s, "project"):
		return model.UnitProject
	}
	return ""
}

func workplace(s string) string {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "remote":
		return "remote"
	case "hybrid":
		return "hybrid"
	case "onsite", "on-site", "on_site":
		return "onsite"
	}
	return "" // "unspecified" or missing
}

// hostedOrigin is where Lever's hosted job pages live.
const hostedOrigin = "https://jobs.lever.co/"

// absolute resolves a relative link against the hosted job pages.
func absolute(raw string) string { return crawler.AbsURL(raw, hostedOrigin) }

// companyFromHostedURL reads the site from https://jobs.lever.co/{site}/{id}.
func companyFromHostedURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Hostname() != "lever.co" && !strings.HasSuffix(u.Hostname(), ".lever.co")) {
		return ""
	}
	site, _, _ := strings.Cut(strings.Trim(u.Path, "/"), "/")
	return companyFromSite(site)
}

// companyFromSite title-cases a site name: "brightpath-labs" -> "Brightpath Labs".
func companyFromSite(site string) string {
	words := strings.FieldsFunc(site, func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '.' })
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
