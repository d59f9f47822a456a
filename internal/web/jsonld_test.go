package web

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// jsonLD is the JobPosting a listing page embeds.
func jsonLD(t *testing.T, body string) map[string]any {
	t.Helper()
	d := statsDoc(t, body)
	scripts := d.Find(`script[type="application/ld+json"]`)
	if scripts.Length() != 1 {
		t.Fatalf("%d JSON-LD scripts, want 1", scripts.Length())
	}
	var jp map[string]any
	if err := json.Unmarshal([]byte(scripts.Text()), &jp); err != nil {
		t.Fatalf("JSON-LD: %v\n%s", err, scripts.Text())
	}
	return jp
}

// TestJobPostingLocation: the listing page's JobPosting meets Google's
// rules for remote jobs, and keeps the other properties it needs.
func TestJobPostingLocation(t *testing.T) {
	h := newTestServer(t, Options{PublicURL: "https://gigscout.example"}).Handler()
	tests := []struct {
		name, id      string
		locationType  string // "" for none
		applicantReqs []any
		jobLocation   []any
		validThrough  bool
		salary        bool
	}{
		{name: "remote with regions", id: "l01", locationType: "TELECOMMUTE",
			applicantReqs: []any{map[string]any{"@type": "Country", "name": "US"}}, validThrough: true, salary: true},
		{name: "remote with two regions", id: "l12", locationType: "TELECOMMUTE",
			applicantReqs: []any{map[string]any{"@type": "AdministrativeArea", "name": "Europe"}, map[string]any{"@type": "Country", "name": "US"}}, salary: true},
		{name: "remote anywhere", id: "l04", locationType: "TELECOMMUTE", salary: true},
		{name: "hybrid", id: "l03",
			jobLocation: []any{map[string]any{"@type": "Place", "address": map[string]any{"@type": "PostalAddress", "addressLocality": "Berlin"}}}},
		{name: "onsite", id: "l08",
			jobLocation: []any{map[string]any{"@type": "Place", "address": map[string]any{"@type": "PostalAddress", "addressLocality": "Austin", "addressRegion": "TX", "addressCountry": "US"}}}, salary: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := get(t, h, "/listings/"+tt.id)
			if w.Code != 200 {
				t.Fatalf("status %d", w.Code)
			}
			jp := jsonLD(t, w.Body.String())
			if jp["@type"] != "JobPosting" || jp["@context"] != "https://schema.org" {
				t.Errorf("not a JobPosting: %v %v", jp["@type"], jp["@context"])
			}
			if got, _ := jp["jobLocationType"].(string); got != tt.locationType {
				t.Errorf("jobLocationType = %q, want %q", got, tt.locationType)
			}
			if got := jp["applicantLocationRequirements"]; !reflect.DeepEqual(got, anyOrNil(tt.applicantReqs)) {
				t.Errorf("applicantLocationRequirements = %#v, want %#v", got, tt.applicantReqs)
			}
			if got := jp["jobLocation"]; !reflect.DeepEqual(got, anyOrNil(tt.jobLocation)) {
				t.Errorf("jobLocation = %#v, want %#v", got, tt.jobLocation)
			}
			if (jp["jobLocationType"] == nil) == (jp["jobLocation"] == nil) {
				t.Error("a posting needs exactly one of jobLocationType TELECOMMUTE and jobLocation")
			}
			for _, k := range []string{"title", "description", "datePosted", "employmentType", "url"} {
				if s, _ := jp[k].(string); s == "" {
					t.Errorf("%s is missing", k)
				}
			}
			if org, _ := jp["hiringOrganization"].(map[string]any); org["@type"] != "Organization" || org["name"] == "" {
				t.Errorf("hiringOrganization = %v", jp["hiringOrganization"])
			}
			if id, _ := jp["identifier"].(map[string]any); id["@type"] != "PropertyValue" || id["value"] != "ext-"+tt.id {
				t.Errorf("identifier = %v", jp["identifier"])
			}
			if _, ok := jp["validThrough"]; ok != tt.validThrough {
				t.Errorf("validThrough present %v, want %v", ok, tt.validThrough)
			}
			sal, ok := jp["baseSalary"].(map[string]any)
			if ok != tt.salary {
				t.Errorf("baseSalary present %v, want %v", ok, tt.salary)
			} else if ok && (sal["@type"] != "MonetaryAmount" || sal["currency"] != "USD") {
				t.Errorf("baseSalary = %v", sal)
			}
			if u, _ := jp["url"].(string); !strings.HasPrefix(u, "https://gigscout.example/listings/") {
				t.Errorf("url = %q", u)
			}
		})
	}
}

func anyOrNil(v []any) any {
	if v == nil {
		return nil
	}
	return v
}

func TestPostalAddress(t *testing.T) {
	tests := []struct {
		loc     string
		regions []string
		want    map[string]any
	}{
		{"Austin, TX", nil, map[string]any{"addressLocality": "Austin", "addressRegion": "TX", "addressCountry": "US"}},
		{"Austin, TX, USA", nil, map[string]any{"addressLocality": "Austin", "addressRegion": "TX", "addressCountry": "USA"}},
		{"Berlin, Germany", nil, map[string]any{"addressLocality": "Berlin", "addressCountry": "Germany"}},
		{"London", []string{"GB"}, map[string]any{"addressLocality": "London", "addressCountry": "GB"}},
		{"London", []string{"GB", "IE"}, map[string]any{"addressLocality": "London"}},
		{"Remote - US", nil, nil},
		{" , ", nil, nil},
	}
	for _, tt := range tests {
		got := postalAddress(tt.loc, tt.regions)
		if tt.want != nil {
			tt.want["@type"] = "PostalAddress"
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("postalAddress(%q, %v) = %v, want %v", tt.loc, tt.regions, got, tt.want)
		}
	}
}

func TestApplicantLocations(t *testing.T) {
	got := applicantLocations([]string{"US", "CA", "LATAM"})
	want := []map[string]any{{"@type": "Country", "name": "US"}, {"@type": "Country", "name": "CA"}, {"@type": "AdministrativeArea", "name": "Latin America"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if got := applicantLocations([]string{"US", "worldwide"}); got != nil {
		t.Errorf("worldwide: %v, want none", got)
	}
}

// FuzzPostalAddress: any location text gives nil or an address with a
// locality that is part of the text, and never a "remote" address.
func FuzzPostalAddress(f *testing.F) {
	for _, s := range []string{"Austin, TX", "Berlin, Germany", "London", "Remote - US", ",,", "São Paulo, SP, Brazil", "a,b,c,d"} {
		f.Add(s, "US")
	}
	f.Fuzz(func(t *testing.T, loc, region string) {
		a := postalAddress(loc, []string{region})
		if a == nil {
			return
		}
		city, _ := a["addressLocality"].(string)
		if city == "" || !strings.Contains(loc, city) || a["@type"] != "PostalAddress" {
			t.Errorf("postalAddress(%q) = %v", loc, a)
		}
		if strings.Contains(strings.ToLower(loc), "remote") {
			t.Errorf("a remote location became an address: %q -> %v", loc, a)
		}
	})
}
