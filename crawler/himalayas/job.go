package himalayas

import (
	"encoding/json"
	"net/url"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Job is one listing. Salary fields are often null (pay may sit only in
// the title); dates are epoch seconds; guid is the job's page URL.
type Job struct {
	Title                string            `json:"title"`
	Excerpt              string            `json:"excerpt"`
	CompanyName          string            `json:"companyName"`
	CompanySlug          string            `json:"companySlug"`
	CompanyLogo          string            `json:"companyLogo"`
	EmploymentType       string            `json:"employmentType"`
	MinSalary            crawler.Flex      `json:"minSalary"`
	MaxSalary            crawler.Flex      `json:"maxSalary"`
	Currency             string            `json:"currency"`
	SalaryPeriod         string            `json:"salaryPeriod"`
	Seniority            []string          `json:"seniority"`
	LocationRestrictions []json.RawMessage `json:"locationRestrictions"` // strings; objects with a name tolerated
	TimezoneRestrictions []crawler.Flex    `json:"timezoneRestrictions"` // UTC offsets in hours
	Categories           []string          `json:"categories"`
	ParentCategories     []string          `json:"parentCategories"`
	Description          string            `json:"description"` // HTML
	PubDate              crawler.Flex      `json:"pubDate"`
	ExpiryDate           crawler.Flex      `json:"expiryDate"`
	ApplicationLink      string            `json:"applicationLink"`
	GUID                 string            `json:"guid"`
}

// Posting converts a job; ok is false when it has no title or no URL.
func (j *Job) Posting() (p model.Posting, ok bool) {
	title := crawler.CleanLine(j.Title)
	page := absURL(j.GUID)
	apply := absURL(j.ApplicationLink)
	if page == "" {
		page = apply
	}
	id := strings.TrimSpace(j.GUID)
	if id == "" {
		id = page
	}
	if title == "" || page == "" {
		return p, false
	}
	p = model.Posting{
		ExternalID:      id,
		URL:             page,
		ApplyURL:        apply,
		Title:           title,
		Company:         crawler.CleanLine(j.CompanyName),
		Locations:       j.locations(),
		RemoteHint:      "remote", // every Himalayas listing is remote
		EmploymentType:  crawler.CleanLine(j.EmploymentType),
		Tags:            j.tags(),
		DescriptionHTML: j.Description,
		PostedAt:        crawler.ParseEpoch(j.PubDate.Float()),
		Deadline:        crawler.ParseEpoch(j.ExpiryDate.Float()),
	}
	p.Pay, p.PayText = j.pay()
	return p, true
}

// units maps salaryPeriod to a pay unit.
var units = map[string]model.PayUnit{
	"annual": model.UnitYear, "annually": model.UnitYear, "yearly": model.UnitYear, "year": model.UnitYear,
	"monthly": model.UnitMonth, "month": model.UnitMonth,
	"weekly": model.UnitWeek, "week": model.UnitWeek,
	"daily": model.UnitDay, "day": model.UnitDay,
	"hourly": model.UnitHour, "hour": model.UnitHour,
	"project": model.UnitProject, "fixed": model.UnitProject,
}

// pay is structured when an amount, a currency and a known period are
// all given; amounts without them become text; nulls give nothing.
func (j *Job) pay() (*model.Pay, string) {
	lo, hi := max(j.MinSalary.Float(), 0), max(j.MaxSalary.Float(), 0)
	switch {
	case lo == 0 && hi == 0:
		return nil, ""
	case lo == 0:
		lo = hi
	case hi == 0:
		hi = lo
	case lo > hi:
		lo, hi = hi, lo
	}
	cur := strings.ToUpper(strings.TrimSpace(j.Currency))
	period := strings.ToLower(strings.TrimSpace(j.SalaryPeriod))
	if unit, ok := units[period]; ok && len(cur) == 3 {
		return &model.Pay{Min: lo, Max: hi, Currency: cur, Unit: unit, Source: model.FromStructured}, ""
	}
	text := num(lo)
	if hi != lo {
		text += " - " + num(hi)
	}
	return nil, strings.Join(strings.Fields(text+" "+cur+" "+period), " ")
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// locations are the countries or regions the job is open to. An empty
// list means worldwide on Himalayas; time-zone limits are then noted.
func (j *Job) locations() []string {
	var out []string
	for _, raw := range j.LocationRestrictions {
		var s string
		if json.Unmarshal(raw, &s) != nil {
			var obj struct{ Name string }
			if json.Unmarshal(raw, &obj) != nil {
				continue
			}
			s = obj.Name
		}
		if s = crawler.CleanLine(s); s != "" {
			out = appendOnce(out, s)
		}
	}
	if len(out) > 0 {
		return out
	}
	if tz := timezones(j.TimezoneRestrictions); tz != "" {
		return []string{"Worldwide (" + tz + ")"}
	}
	return []string{"Worldwide"}
}

// timezones summarizes UTC offsets as "UTC-8 to UTC-5" ("UTC+2" for one).
func timezones(offsets []crawler.Flex) string {
	var lo, hi float64
	n := 0
	for _, o := range offsets {
		v := o.Float()
		if o.String() == "" || v < -12 || v > 14 {
			continue
		}
		if n == 0 || v < lo {
			lo = v
		}
		if n == 0 || v > hi {
			hi = v
		}
		n++
	}
	switch {
	case n == 0:
		return ""
	case lo == hi:
		return utc(lo)
	}
	return utc(lo) + " to " + utc(hi)
}

func utc(h float64) string {
	if h >= 0 {
		return "UTC+" + num(h)
	}
	return "UTC" + num(h)
}

// tags are the parent categories, the categories ("Content-Marketing"
// spelled "Content Marketing") and the seniority levels, each once.
func (j *Job) tags() []string {
	var out []string
	for _, c := range j.ParentCategories {
		out = appendOnce(out, crawler.CleanLine(c))
	}
	for _, c := range j.Categories {
		out = appendOnce(out, crawler.CleanLine(strings.ReplaceAll(c, "-", " ")))
	}
	for _, s := range j.Seniority {
		out = appendOnce(out, crawler.CleanLine(s))
	}
	return out
}

func appendOnce(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return list
		}
	}
	return append(list, s)
}

// absURL resolves u against himalayas.app; "" unless it is http(s).
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
	return abs.String()
}
