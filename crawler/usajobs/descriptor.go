package usajobs

import (
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Descriptor is MatchedObjectDescriptor: one announcement. Dates are ISO
// 8601 without a zone ("2026-09-15T00:00:00.0000"); amounts are strings.
type Descriptor struct {
	PositionID              string         `json:"PositionID"` // the agency's announcement number
	PositionTitle           string         `json:"PositionTitle"`
	PositionURI             string         `json:"PositionURI"`
	ApplyURI                []string       `json:"ApplyURI"`
	PositionLocationDisplay string         `json:"PositionLocationDisplay"`
	PositionLocation        []Location     `json:"PositionLocation"`
	OrganizationName        string         `json:"OrganizationName"`
	DepartmentName          string         `json:"DepartmentName"`
	JobCategory             []Named        `json:"JobCategory"`
	PositionSchedule        []Named        `json:"PositionSchedule"`
	PositionOfferingType    []Named        `json:"PositionOfferingType"`
	QualificationSummary    string         `json:"QualificationSummary"`
	PositionRemuneration    []Remuneration `json:"PositionRemuneration"`
	PublicationStartDate    string         `json:"PublicationStartDate"`
	ApplicationCloseDate    string         `json:"ApplicationCloseDate"`
	UserArea                struct {
		Details Details `json:"Details"`
	} `json:"UserArea"`
}

// Location is one duty location.
type Location struct {
	LocationName string `json:"LocationName"`
	CountryCode  string `json:"CountryCode"`
}

// Named is a {Name, Code} pair.
type Named struct {
	Name string       `json:"Name"`
	Code crawler.Flex `json:"Code"`
}

// Details is UserArea.Details: plain-text sections and flags.
type Details struct {
	JobSummary               string       `json:"JobSummary"`
	MajorDuties              Texts        `json:"MajorDuties"`
	KeyRequirements          Texts        `json:"KeyRequirements"`
	Education                string       `json:"Education"`
	Requirements             string       `json:"Requirements"`
	AgencyMarketingStatement string       `json:"AgencyMarketingStatement"`
	HiringPath               Texts        `json:"HiringPath"`
	TeleworkEligible         crawler.Flex `json:"TeleworkEligible"` // bool, sometimes a string
	RemoteIndicator          crawler.Flex `json:"RemoteIndicator"`
	LowGrade                 crawler.Flex `json:"LowGrade"`
	HighGrade                crawler.Flex `json:"HighGrade"`
}

// Posting converts an announcement; matchedID is the item's
// MatchedObjectId, the control number that is unique across agencies
// (PositionID is only unique within one). ok is false without an id,
// title or URL.
func (d *Descriptor) Posting(matchedID string) (p model.Posting, ok bool) {
	id := strings.TrimSpace(matchedID)
	if id == "" {
		id = strings.TrimSpace(d.PositionID)
	}
	title := crawler.CleanLine(d.PositionTitle)
	page := cleanURL(d.PositionURI)
	if id == "" || title == "" || page == "" {
		return p, false
	}
	det := &d.UserArea.Details
	p = model.Posting{
		ExternalID:      id,
		URL:             page,
		Title:           title,
		Company:         firstNonEmpty(crawler.CleanLine(d.OrganizationName), crawler.CleanLine(d.DepartmentName)),
		CompanyInfo:     strings.TrimSpace(det.AgencyMarketingStatement),
		Locations:       d.locations(),
		RemoteHint:      remoteHint(det),
		EmploymentType:  strings.Join(names(d.PositionSchedule, d.PositionOfferingType), ", "),
		Tags:            names(d.JobCategory, hiringPaths(det.HiringPath)),
		DescriptionHTML: describe(d),
		PostedAt:        crawler.ParseTime(d.PublicationStartDate),
		Deadline:        crawler.ParseTime(d.ApplicationCloseDate),
	}
	for _, u := range d.ApplyURI {
		if p.ApplyURL = cleanURL(u); p.ApplyURL != "" {
			break
		}
	}
	p.Pay, p.PayText = pay(d.PositionRemuneration)
	return p, true
}

// locations are the duty locations, each once, or the display text.
func (d *Descriptor) locations() []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range d.PositionLocation {
		n := crawler.CleanLine(l.LocationName)
		if k := strings.ToLower(n); n != "" && !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		if n := crawler.CleanLine(d.PositionLocationDisplay); n != "" {
			out = []string{n}
		}
	}
	return out
}

// remoteHint: a remote job is remote; telework eligibility means part of
// the week at home (hybrid); both flags false means on site; absent
// flags say nothing.
func remoteHint(det *Details) string {
	remote, tele := flag(det.RemoteIndicator), flag(det.TeleworkEligible)
	switch {
	case remote == "true":
		return "remote"
	case tele == "true":
		return "hybrid"
	case remote == "false" && tele == "false":
		return "onsite"
	}
	return ""
}

// flag reads a bool sent as true/false, "True"/"False", "Yes"/"No" or 1/0.
func flag(f crawler.Flex) string {
	switch strings.ToLower(f.String()) {
	case "true", "yes", "y", "1":
		return "true"
	case "false", "no", "n", "0":
		return "false"
	}
	return ""
}

// hiringPaths turns path codes into tags ("student" -> "Students").
func hiringPaths(paths Texts) []Named {
	var out []Named
	for _, p := range paths {
		out = append(out, Named{Name: hiringPathNames[strings.ToLower(strings.TrimSpace(p))]})
		if out[len(out)-1].Name == "" {
			out[len(out)-1].Name = p
		}
	}
	return out
}

var hiringPathNames = map[string]string{
	"student": "Students", "graduates": "Recent graduates", "public": "The public",
	"fed-internal-search": "Federal employees", "vet": "Veterans",
}

// names returns the Name of each entry of every list, each once.
func names(lists ...[]Named) []string {
	var out []string
	seen := map[string]bool{}
	for _, list := range lists {
		for _, n := range list {
			s := crawler.CleanLine(n.Name)
			if k := strings.ToLower(s); s != "" && !seen[k] {
				seen[k] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// cleanURL trims u and drops the explicit default port USAJOBS adds
// ("https://www.usajobs.gov:443/GetJob/..."); "" unless absolute http(s).
func cleanURL(u string) string {
	pu, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
		return ""
	}
	if port := pu.Port(); (port == "443" && pu.Scheme == "https") || (port == "80" && pu.Scheme == "http") {
		pu.Host = pu.Hostname()
	}
	return pu.String()
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
