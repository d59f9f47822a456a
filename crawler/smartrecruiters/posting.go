package smartrecruiters

import (
	"html"
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// hostedOrigin is where the public job pages live.
const hostedOrigin = "https://jobs.smartrecruiters.com/"

// List is one list page.
type List struct {
	Offset     int   `json:"offset"`
	Limit      int   `json:"limit"`
	TotalFound *int  `json:"totalFound"`
	Content    []Job `json:"content"`
}

// done reports whether the page ending at offset was the last one.
func (l *List) done(offset, limit int) bool {
	if len(l.Content) == 0 {
		return true
	}
	if l.TotalFound != nil {
		return offset >= *l.TotalFound
	}
	return len(l.Content) < limit
}

// Job is a posting as the list gives it; the detail repeats these fields.
type Job struct {
	ID               crawler.Flex                      `json:"id"`
	Name             string                            `json:"name"` // the title
	RefNumber        string                            `json:"refNumber"`
	Company          struct{ Identifier, Name string } `json:"company"`
	ReleasedDate     string                            `json:"releasedDate"`
	Location         Location                          `json:"location"`
	TypeOfEmployment Label                             `json:"typeOfEmployment"`
	Department       Label                             `json:"department"`
	Function         Label                             `json:"function"`
	CustomField      []Custom                          `json:"customField"`
	Language         struct{ Code string }             `json:"language"`
}

// Label is an {id, label} pair; either may be missing ("department": {}).
type Label struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// Location of a posting; Country is lower-case ISO-2.
type Location struct {
	City         string `json:"city"`
	Region       string `json:"region"`
	Country      string `json:"country"`
	Remote       *bool  `json:"remote"`
	Hybrid       *bool  `json:"hybrid"`
	FullLocation string `json:"fullLocation"`
}

// Custom is a company-defined field ("Contract": "Internship").
type Custom struct {
	FieldID    string `json:"fieldId"`
	FieldLabel string `json:"fieldLabel"`
	ValueID    string `json:"valueId"`
	ValueLabel string `json:"valueLabel"`
}

// Detail is what the detail endpoint adds.
type Detail struct {
	ApplyURL   string `json:"applyUrl"`
	PostingURL string `json:"postingUrl"`
	JobAd      struct {
		Sections struct {
			CompanyDescription    Section `json:"companyDescription"`
			JobDescription        Section `json:"jobDescription"`
			Qualifications        Section `json:"qualifications"`
			AdditionalInformation Section `json:"additionalInformation"`
		} `json:"sections"`
	} `json:"jobAd"`
}

// Section is a titled piece of the job ad; Text is raw HTML.
type Section struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Posting converts a listed job, with its detail when there is one (d may
// be nil), to the common Posting; ok is false when it has no id or no title.
// company is the configured identifier, the fallback for the job page URL.
func (j *Job) Posting(d *Detail, company string) (model.Posting, bool) {
	id := j.ID.String()
	if id == "" || strings.TrimSpace(j.Name) == "" {
		return model.Posting{}, false
	}
	p := model.Posting{
		ExternalID:     id,
		Title:          strings.TrimSpace(j.Name),
		Company:        firstNonEmpty(j.Company.Name, j.Company.Identifier, company),
		Locations:      j.Location.places(),
		RemoteHint:     j.Location.hint(),
		EmploymentType: strings.TrimSpace(j.TypeOfEmployment.Label),
		Tags:           crawler.Uniq(j.Department.Label, j.Function.Label),
		Language:       strings.TrimSpace(j.Language.Code),
		PostedAt:       crawler.ParseTime(j.ReleasedDate),
	}
	j.applyCustom(&p)
	if d != nil {
		p.URL = absolute(d.PostingURL)
		p.ApplyURL = absolute(d.ApplyURL)
		p.DescriptionHTML = d.descriptionHTML()
		p.CompanyInfo = crawler.HTMLText(d.JobAd.Sections.CompanyDescription.Text)
	}
	if p.URL == "" {
		if c := firstNonEmpty(j.Company.Identifier, company); c != "" {
			p.URL = hostedOrigin + url.PathEscape(c) + "/" + url.PathEscape(id)
		}
	}
	return p, true
}

// applyCustom reads company-defined fields: an employment or contract type
// fills EmploymentType (or becomes a tag when it is set), a work
// flexibility field gives a remote hint the location lacks.
func (j *Job) applyCustom(p *model.Posting) {
	for _, c := range j.CustomField {
		label, v := strings.ToLower(c.FieldLabel), strings.TrimSpace(c.ValueLabel)
		switch {
		case v == "":
		case strings.Contains(label, "contract") || strings.Contains(label, "employment"):
			if p.EmploymentType == "" {
				p.EmploymentType = v
			} else {
				p.Tags = crawler.Uniq(append(p.Tags, v)...)
			}
		case strings.Contains(label, "flexib") || strings.Contains(label, "workplace") || strings.Contains(label, "remote"):
			if h := workplace(v); h != "" && p.RemoteHint != "remote" && p.RemoteHint != "hybrid" {
				p.RemoteHint = h
			}
		}
	}
}

func (l Location) places() []string {
	if f := strings.TrimSpace(l.FullLocation); f != "" {
		return []string{f}
	}
	if s := strings.Join(crawler.Uniq(l.City, l.Region, strings.ToUpper(l.Country)), ", "); s != "" {
		return []string{s}
	}
	return nil
}

// hint reads the remote and hybrid flags; both present and false is onsite.
func (l Location) hint() string {
	switch {
	case l.Remote != nil && *l.Remote:
		return "remote"
	case l.Hybrid != nil && *l.Hybrid:
		return "hybrid"
	case l.Remote != nil && l.Hybrid != nil:
		return "onsite"
	}
	return ""
}

func workplace(v string) string {
	v = strings.ToLower(v)
	switch {
	case strings.Contains(v, "hybrid"):
		return "hybrid"
	case strings.Contains(v, "remote"):
		return "remote"
	case strings.Contains(v, "site") || strings.Contains(v, "office"):
		return "onsite"
	}
	return ""
}

// descriptionHTML joins the job ad's sections, each under its title;
// the company description is kept apart as CompanyInfo.
func (d *Detail) descriptionHTML() string {
	s := d.JobAd.Sections
	var b strings.Builder
	for _, sec := range []Section{s.JobDescription, s.Qualifications, s.AdditionalInformation} {
		text := strings.TrimSpace(sec.Text)
		if text == "" {
			continue
		}
		if t := strings.TrimSpace(sec.Title); t != "" {
			b.WriteString("<h3>" + html.EscapeString(t) + "</h3>")
		}
		b.WriteString(text)
	}
	return b.String()
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// absolute resolves a relative link against the public job pages.
func absolute(raw string) string { return crawler.AbsURL(raw, hostedOrigin) }
