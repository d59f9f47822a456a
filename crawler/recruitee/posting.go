package recruitee

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Offer is one job offer. Numbers may arrive as strings; booleans and
// dates may be null. Dates look like "2026-09-18 12:55:59 UTC".
type Offer struct {
	ID                 crawler.Flex      `json:"id"`
	Slug               string            `json:"slug"`
	Title              string            `json:"title"`
	CompanyName        string            `json:"company_name"`
	Status             string            `json:"status"`
	Location           string            `json:"location"`
	City               string            `json:"city"`
	StateName          string            `json:"state_name"`
	Country            string            `json:"country"`
	Locations          []Location        `json:"locations"`
	Remote             crawler.Flex      `json:"remote"`
	Hybrid             crawler.Flex      `json:"hybrid"`
	OnSite             crawler.Flex      `json:"on_site"`
	EmploymentTypeCode string            `json:"employment_type_code"`
	MinHours           crawler.Flex      `json:"min_hours"`
	MaxHours           crawler.Flex      `json:"max_hours"`
	MinHoursPerWeek    crawler.Flex      `json:"min_hours_per_week"`
	MaxHoursPerWeek    crawler.Flex      `json:"max_hours_per_week"`
	Salary             *Salary           `json:"salary"`
	Description        string            `json:"description"`
	Requirements       string            `json:"requirements"`
	Department         string            `json:"department"`
	Tags               []json.RawMessage `json:"tags"` // strings, or objects with a name
	CreatedAt          string            `json:"created_at"`
	PublishedAt        string            `json:"published_at"`
	UpdatedAt          string            `json:"updated_at"`
	CloseAt            string            `json:"close_at"`
	CareersURL         string            `json:"careers_url"`
	CareersApplyURL    string            `json:"careers_apply_url"`
}

// Location is one of an offer's places.
type Location struct {
	Name    string `json:"name"`
	City    string `json:"city"`
	State   string `json:"state"`
	Country string `json:"country"`
}

// Salary amounts are strings ("75.00") or null; Period is hour, day, week, month or year.
type Salary struct {
	Min      crawler.Flex `json:"min"`
	Max      crawler.Flex `json:"max"`
	Period   string       `json:"period"`
	Currency string       `json:"currency"`
}

// Posting converts an offer to the common Posting; ok is false when it has
// no id or no title. base is the careers site for relative and fallback links.
func (o *Offer) Posting(base string) (model.Posting, bool) {
	id := o.ID.String()
	if id == "" || strings.TrimSpace(o.Title) == "" { // a draft: left out, not a crawl error
		return model.Posting{}, false
	}
	p := model.Posting{
		ExternalID:      id,
		URL:             absolute(o.CareersURL, base),
		ApplyURL:        absolute(o.CareersApplyURL, base),
		Title:           strings.TrimSpace(o.Title),
		Company:         strings.TrimSpace(o.CompanyName),
		Locations:       o.places(),
		RemoteHint:      o.remoteHint(),
		EmploymentType:  strings.TrimSpace(o.EmploymentTypeCode),
		Tags:            o.tags(),
		DescriptionHTML: o.descriptionHTML(),
		HoursPerWeek:    o.hours(),
		PostedAt:        crawler.ParseTime(first(o.PublishedAt, o.CreatedAt)),
		UpdatedAt:       crawler.ParseTime(o.UpdatedAt),
		Deadline:        crawler.ParseTime(o.CloseAt),
	}
	p.Pay, p.PayText = o.Salary.pay()
	if p.URL == "" && base != "" && strings.TrimSpace(o.Slug) != "" {
		p.URL = base + "/o/" + url.PathEscape(strings.TrimSpace(o.Slug))
	}
	return p, true
}

// remoteHint: remote wins when several are ticked (the candidate may then
// choose remote), then hybrid, then on site.
func (o *Offer) remoteHint() string {
	switch {
	case o.Remote.String() == "true":
		return "remote"
	case o.Hybrid.String() == "true":
		return "hybrid"
	case o.OnSite.String() == "true":
		return "onsite"
	}
	return ""
}

func (o *Offer) places() []string {
	var vals []string
	for _, l := range o.Locations {
		v := strings.Join(crawler.Uniq(l.City, l.State, l.Country), ", ")
		vals = append(vals, first(v, l.Name))
	}
	if len(vals) == 0 {
		vals = append(vals, first(strings.Join(crawler.Uniq(o.City, o.StateName, o.Country), ", "), o.Location))
	}
	return crawler.Uniq(vals...)
}

func (o *Offer) tags() []string {
	vals := []string{o.Department}
	for _, raw := range o.Tags {
		var s string
		if json.Unmarshal(raw, &s) != nil {
			var named struct{ Name string }
			_ = json.Unmarshal(raw, &named) // neither shape: no tag
			s = named.Name
		}
		vals = append(vals, s)
	}
	return crawler.Uniq(vals...)
}

func (o *Offer) descriptionHTML() string {
	d := strings.TrimSpace(o.Description)
	if r := strings.TrimSpace(o.Requirements); r != "" {
		d += "<h3>Requirements</h3>" + r
	}
	return d
}

// hours reads the weekly hours: *_per_week when given, else min/max_hours.
func (o *Offer) hours() *model.Range {
	lo, hi := o.MinHoursPerWeek.Float(), o.MaxHoursPerWeek.Float()
	if lo <= 0 && hi <= 0 {
		lo, hi = o.MinHours.Float(), o.MaxHours.Float()
	}
	lo, hi, ok := span(lo, hi)
	if !ok {
		return nil
	}
	return &model.Range{Min: lo, Max: hi, Source: model.FromStructured}
}

// pay returns the structured salary, or nil without an amount, a currency
// or a known period. A yearly salary under 1,000 is a salary in thousands
// ("75.00" for 75k, seen in real payloads: no one is paid 75 a year).
func (s *Salary) pay() (*model.Pay, string) {
	if s == nil {
		return nil, ""
	}
	unit := periodUnit(s.Period)
	cur := strings.ToUpper(strings.TrimSpace(s.Currency))
	lo, hi, ok := span(s.Min.Float(), s.Max.Float())
	if !ok || unit == "" || cur == "" {
		return nil, ""
	}
	if unit == model.UnitYear && hi < 1000 {
		lo, hi = lo*1000, hi*1000
	}
	return &model.Pay{Min: lo, Max: hi, Currency: cur, Unit: unit, Source: model.FromStructured}, ""
}

// span orders a range whose ends may be missing (zero or negative):
// one end stands for both; ok is false when neither is there.
func span(lo, hi float64) (float64, float64, bool) {
	lo, hi = max(lo, 0), max(hi, 0)
	switch {
	case lo == 0 && hi == 0:
		return 0, 0, false
	case lo == 0:
		lo = hi
	case hi == 0:
		hi = lo
	}
	return min(lo, hi), max(lo, hi), true
}

func periodUnit(s string) model.PayUnit {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "hour", "hourly", "per_hour":
		return model.UnitHour
	case "day", "daily", "per_day":
		return model.UnitDay
	case "week", "weekly", "per_week":
		return model.UnitWeek
	case "month", "monthly", "per_month":
		return model.UnitMonth
	case "year", "yearly", "annual", "annually", "per_year":
		return model.UnitYear
	}
	return ""
}

// absolute resolves a link against the careers site base.
func absolute(raw, base string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	switch {
	case raw == "" || err != nil:
		return ""
	case u.IsAbs():
		return raw
	case base == "":
		return ""
	case strings.HasPrefix(raw, "/"):
		return base + raw
	}
	return base + "/" + raw
}

func first(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
