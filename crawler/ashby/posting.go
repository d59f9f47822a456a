package ashby

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// hostedOrigin is where Ashby's hosted job pages live.
const hostedOrigin = "https://jobs.ashbyhq.com/"

// Board is the response: {apiVersion?, jobs[]}.
type Board struct {
	APIVersion string `json:"apiVersion"`
	Jobs       []Job  `json:"jobs"`
}

// Job is one posting. IsRemote and WorkplaceType are missing from older payloads.
type Job struct {
	ID                 string        `json:"id"`
	Title              string        `json:"title"`
	Department         string        `json:"department"`
	Team               string        `json:"team"`
	EmploymentType     string        `json:"employmentType"` // FullTime, PartTime, Intern, Contract, Temporary
	Location           string        `json:"location"`
	SecondaryLocations []Secondary   `json:"secondaryLocations"`
	Address            *Address      `json:"address"`
	IsRemote           *bool         `json:"isRemote"`
	WorkplaceType      string        `json:"workplaceType"` // OnSite, Remote, Hybrid
	IsListed           *bool         `json:"isListed"`
	PublishedAt        string        `json:"publishedAt"`
	UpdatedAt          string        `json:"updatedAt"`
	JobURL             string        `json:"jobUrl"`
	ApplyURL           string        `json:"applyUrl"`
	DescriptionHTML    string        `json:"descriptionHtml"`
	DescriptionPlain   string        `json:"descriptionPlain"`
	Compensation       *Compensation `json:"compensation"`
}

// Secondary is a further location of a job.
type Secondary struct {
	Location string   `json:"location"`
	Address  *Address `json:"address"`
}

// Address wraps a schema.org PostalAddress; parts can be comma-joined lists.
type Address struct {
	PostalAddress struct {
		Locality string `json:"addressLocality"`
		Region   string `json:"addressRegion"`
		Country  string `json:"addressCountry"`
	} `json:"postalAddress"`
}

// Compensation is present with includeCompensation=true when the board shows pay.
type Compensation struct {
	TierSummary       string      `json:"compensationTierSummary"`
	ScrapeableSummary string      `json:"scrapeableCompensationSalarySummary"`
	SummaryComponents []Component `json:"summaryComponents"`
}

// Component is one part of the pay: Salary, Hourly, EquityPercentage, Bonus...
type Component struct {
	Type     string       `json:"compensationType"`
	Interval string       `json:"interval"` // "1 YEAR", "1 HOUR", "NONE"
	Currency string       `json:"currencyCode"`
	Min      crawler.Flex `json:"minValue"` // may be null
	Max      crawler.Flex `json:"maxValue"`
}

// Posting converts a job to the common Posting; ok is false when it has no
// id or no title (a draft: left out, not a crawl error).
func (j *Job) Posting() (model.Posting, bool) {
	id := strings.TrimSpace(j.ID)
	if id == "" || strings.TrimSpace(j.Title) == "" {
		return model.Posting{}, false
	}
	p := model.Posting{
		ExternalID:      id,
		URL:             absolute(j.JobURL),
		ApplyURL:        absolute(j.ApplyURL),
		Title:           strings.TrimSpace(j.Title),
		Company:         companyFromJobURL(j.JobURL),
		Locations:       j.locations(),
		RemoteHint:      j.remoteHint(),
		EmploymentType:  strings.TrimSpace(j.EmploymentType),
		Tags:            crawler.Uniq(j.Department, j.Team),
		DescriptionHTML: strings.TrimSpace(j.DescriptionHTML),
		PostedAt:        crawler.ParseTime(j.PublishedAt),
		UpdatedAt:       crawler.ParseTime(j.UpdatedAt),
	}
	if p.DescriptionHTML == "" {
		p.DescriptionText = strings.TrimSpace(j.DescriptionPlain)
	}
	if c := j.Compensation; c != nil {
		p.Pay = c.pay()
		p.PayText = strings.TrimSpace(c.TierSummary)
		if p.PayText == "" {
			p.PayText = strings.TrimSpace(c.ScrapeableSummary)
		}
	}
	return p, true
}

// remoteHint prefers workplaceType; isRemote true alone means remote.
// isRemote false alone is no hint: older payloads mark hybrid jobs false too.
func (j *Job) remoteHint() string {
	switch strings.ToLower(strings.TrimSpace(j.WorkplaceType)) {
	case "remote":
		return "remote"
	case "hybrid":
		return "hybrid"
	case "onsite", "on-site", "on_site":
		return "onsite"
	}
	if j.IsRemote != nil && *j.IsRemote {
		return "remote"
	}
	return ""
}

// locations lists the location texts, then each address that adds
// something ("Remote" with a United Kingdom address keeps the country).
func (j *Job) locations() []string {
	vals := []string{j.Location}
	for _, s := range j.SecondaryLocations {
		vals = append(vals, s.Location)
	}
	vals = append(vals, j.Address.String())
	for _, s := range j.SecondaryLocations {
		vals = append(vals, s.Address.String())
	}
	return crawler.Uniq(vals...)
}

// String formats the address as "Locality, Region, Country", skipping
// empty and repeated parts.
func (a *Address) String() string {
	if a == nil {
		return ""
	}
	pa := a.PostalAddress
	return strings.Join(crawler.Uniq(pa.Locality, pa.Region, pa.Country), ", ")
}

// pay reads the first Salary or Hourly component with an amount, a
// currency and a one-unit interval; equity, bonus and commission are ignored.
func (c *Compensation) pay() *model.Pay {
	for _, comp := range c.SummaryComponents {
		t := strings.ToLower(strings.TrimSpace(comp.Type))
		if t != "salary" && t != "hourly" {
			continue
		}
		lo, hi := comp.Min.Float(), comp.Max.Float()
		unit := intervalUnit(comp.Interval)
		cur := strings.ToUpper(strings.TrimSpace(comp.Currency))
		if (lo <= 0 && hi <= 0) || unit == "" || cur == "" {
			continue
		}
		if lo <= 0 {
			lo = hi
		}
		if hi < lo {
			hi = lo
		}
		return &model.Pay{Min: lo, Max: hi, Currency: cur, Unit: unit, Source: model.FromStructured}
	}
	return nil
}

// intervalUnit maps "1 YEAR", "1 HOUR"... to a unit; other counts give "".
func intervalUnit(s string) model.PayUnit {
	n, u, ok := strings.Cut(strings.ToUpper(strings.TrimSpace(s)), " ")
	if !ok || strings.TrimSpace(n) != "1" {
		return ""
	}
	switch strings.TrimSpace(u) {
	case "HOUR":
		return model.UnitHour
	case "DAY":
		return model.UnitDay
	case "WEEK":
		return model.UnitWeek
	case "MONTH":
		return model.UnitMonth
	case "YEAR":
		return model.UnitYear
	}
	return ""
}

// absolute resolves a relative link against the hosted job pages.
func absolute(raw string) string { return crawler.AbsURL(raw, hostedOrigin) }

// companyFromJobURL reads the board from https://jobs.ashbyhq.com/{board}/{id}.
func companyFromJobURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Hostname() != "jobs.ashbyhq.com" {
		return ""
	}
	board, _, _ := strings.Cut(strings.Trim(u.Path, "/"), "/")
	return companyFromBoard(board)
}

// companyFromBoard makes a display name of a board name: a mixed-case name
// ("AtomicSemi", "Citizen Health") is kept; a lower-case slug is title-cased
// ("comand-ai" -> "Comand Ai").
func companyFromBoard(board string) string {
	board = strings.TrimSpace(board)
	if strings.ToLower(board) != board {
		return board
	}
	words := strings.FieldsFunc(board, func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '.' })
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
