package normalize

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// demoPostings reads the bundled demo boards (Greenhouse format) and builds
// the postings the way crawler/greenhouse does: the entity-escaped content
// unescaped once, title and company trimmed, the location's name.
func demoPostings(t *testing.T) []model.Posting {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "demo", "boards", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no demo boards: %v", err)
	}
	var out []model.Posting
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var board struct {
			Jobs []struct {
				ID          json.Number `json:"id"`
				Title       string      `json:"title"`
				CompanyName string      `json:"company_name"`
				Content     string      `json:"content"`
				Location    struct {
					Name string `json:"name"`
				} `json:"location"`
			} `json:"jobs"`
		}
		if err := json.Unmarshal(b, &board); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, j := range board.Jobs {
			p := model.Posting{Source: "demo", ExternalID: j.ID.String(), Title: strings.TrimSpace(j.Title),
				Company: strings.TrimSpace(j.CompanyName), DescriptionHTML: html.UnescapeString(j.Content)}
			if loc := strings.TrimSpace(j.Location.Name); loc != "" {
				p.Locations = []string{loc}
			}
			out = append(out, p)
		}
	}
	return out
}

// demoCases are what a careful reader takes from each demo listing. pay is
// "MIN MAX CUR UNIT HOURLY", "unpaid" or "-"; hours (total) and days are
// "MIN-MAX" or "-"; regions are joined with commas.
var demoCases = []struct {
	title, pay, hours, days string
	typ                     model.JobType
	remote                  model.Remote
	regions                 string
}{
	// brightpath
	{"Data Analysis Micro-Internship", "300 300 USD project 20", "15-15", "21-21", model.TypeMicroInternship, model.RemoteRemote, "US"},
	{"Curriculum Writing Project (Algebra)", "25 25 USD hour 25", "20-25", "28-28", model.TypeProject, model.RemoteRemote, "US"},
	{"UX Research Micro-Internship", "600 600 CAD project 30", "20-20", "14-21", model.TypeMicroInternship, model.RemoteRemote, "CA"},
	// "10 hours a week for 4 weeks": 40 hours, a micro-internship by size.
	{"Social Media Content Intern (Part-time)", "20 20 USD hour 20", "40-40", "28-28", model.TypeMicroInternship, model.RemoteRemote, ""},
	{"Python Automation Project", "900 900 USD project 30", "30-30", "35-35", model.TypeProject, model.RemoteRemote, "worldwide"},
	// "about 5 hours a week" with no duration: no total.
	{"Community Moderator (Volunteer)", "unpaid", "-", "-", model.TypeVolunteer, model.RemoteRemote, "worldwide"},
	{"Grant Research Assistant", "22 22 USD hour 22", "15-20", "21-21", model.TypeProject, model.RemoteHybrid, "US"},
	{"Spanish Localization Review", "360 360 EUR project 30", "12-12", "-", model.TypeProject, model.RemoteRemote, "EU"},
	{"Video Editing Micro-Internship", "450 450 USD project 25", "18-18", "14-14", model.TypeMicroInternship, model.RemoteRemote, "US"},
	// "A 12-week paid summer internship", no weekly hours stated.
	{"Summer Software Engineering Intern 2027", "45 52 USD hour 45", "-", "84-84", model.TypeInternship, model.RemoteOnsite, ""},
	{"Accessibility Audit Project", "35 35 USD hour 35", "25-25", "28-28", model.TypeProject, model.RemoteRemote, "US"},
	// "three-year revenue model" is not the duration: "10 hours in 2 weeks" is.
	{"Financial Modeling Micro-Project", "250 250 USD project 25", "10-10", "14-14", model.TypeProject, model.RemoteRemote, "US"},
	{"Marketing Assistant", "-", "-", "-", model.TypeUnknown, model.RemoteRemote, ""},
	// the pay a scam states is still its pay: redflag judges it.
	{"Brand Ambassador - Earn Daily", "300 300 USD day 37.5", "-", "-", model.TypeUnknown, model.RemoteRemote, ""},
	// civiclabs
	{"Policy Research Micro-Internship", "375 375 USD project 25", "15-15", "21-21", model.TypeMicroInternship, model.RemoteRemote, "US"},
	{"Open Data Cleanup Project", "25 25 USD hour 25", "20-24", "28-28", model.TypeProject, model.RemoteRemote, "US"},
	{"Web Accessibility Fixes (React)", "875 875 USD project 35", "25-25", "21-21", model.TypeProject, model.RemoteRemote, "US"},
	{"Survey Design Micro-Internship", "250 250 USD project 25", "10-10", "14-14", model.TypeMicroInternship, model.RemoteRemote, "worldwide"},
	{"GIS Mapping Project", "26 26 USD hour 26", "30-30", "35-35", model.TypeProject, model.RemoteHybrid, "US"},
	// "for a semester" is not read as a duration; 12 hours a week alone is no total.
	{"Fundraising Intern", "unpaid", "-", "-", model.TypeInternship, model.RemoteRemote, ""},
	{"Translation Micro-Project (Vietnamese)", "360 360 USD project 30", "12-12", "7-7", model.TypeProject, model.RemoteRemote, "US"},
	{"Newsletter Writing Micro-Internship", "300 300 USD project 25", "10-12", "28-28", model.TypeMicroInternship, model.RemoteRemote, "US"},
	// "A 10-week paid summer fellowship ... 30 hours a week": 300 hours.
	{"Civic Tech Summer Fellowship", "28 28 USD hour 28", "300-300", "70-70", model.TypeInternship, model.RemoteRemote, "US"},
	{"Office Helper", "-", "-", "-", model.TypeUnknown, model.RemoteRemote, ""},
	{"Event Logistics Project", "500 500 USD project 25", "20-20", "28-28", model.TypeProject, model.RemoteHybrid, "US"},
	{"Canvassing Data QA", "22 22 USD hour 22", "10-10", "7-7", model.TypeProject, model.RemoteRemote, "US"},
	{"Podcast Production Micro-Internship", "400 400 USD project 26.67", "15-15", "21-21", model.TypeMicroInternship, model.RemoteRemote, "worldwide"},
	// northwind
	// six weeks of 20 hours a week (120 hours) is an internship, not a micro-internship.
	{"Machine Learning Research Intern", "1800 1800 EUR month 20.77", "120-120", "42-42", model.TypeInternship, model.RemoteRemote, "EU"},
	{"SQL Dashboard Micro-Internship", "320 320 GBP project 20", "16-16", "21-21", model.TypeMicroInternship, model.RemoteRemote, "GB"},
	{"Data Labeling Project", "600 600 INR hour 600", "25-25", "14-14", model.TypeProject, model.RemoteRemote, "IN"},
	{"Technical Writing Micro-Internship", "500 500 USD project 25", "20-20", "21-21", model.TypeMicroInternship, model.RemoteRemote, "worldwide"},
	{"Part-time Data Engineering Intern", "18 18 GBP hour 18", "160-160", "70-70", model.TypeInternship, model.RemoteHybrid, "GB"},
	{"Market Research Micro-Project", "240 240 USD project 20", "12-12", "10-10", model.TypeProject, model.RemoteRemote, "US"},
	{"Data Visualization Project (D3.js)", "40 40 USD hour 40", "20-30", "28-28", model.TypeProject, model.RemoteRemote, "US"},
	{"Research Assistant - Academic Credit", "unpaid", "80-80", "56-56", model.TypeInternship, model.RemoteRemote, ""},
	{"Customer Interviews Micro-Internship", "450 450 CAD project 30", "15-15", "21-21", model.TypeMicroInternship, model.RemoteRemote, "CA"},
	{"Data Entry Clerk - Work From Home", "-", "-", "-", model.TypeUnknown, model.RemoteRemote, ""},
	{"Excel Automation Micro-Project", "220 220 USD project 22", "8-10", "7-7", model.TypeProject, model.RemoteRemote, "US"},
	// "six months of AWS billing data" is not the duration: "over 3 weeks" is.
	{"Cloud Cost Analysis Project", "30 30 EUR hour 30", "20-20", "21-21", model.TypeProject, model.RemoteRemote, "EU"},
	// "New York, NY" and "in our New York office": on-site.
	{"Operations Intern", "24 24 USD hour 24", "-", "70-70", model.TypeInternship, model.RemoteOnsite, ""},
}

// TestDemoBoards normalizes every demo listing and compares it with what
// its text says.
func TestDemoBoards(t *testing.T) {
	want := map[string]int{}
	for i, c := range demoCases {
		if _, dup := want[c.title]; dup {
			t.Fatalf("duplicate case %q", c.title)
		}
		want[c.title] = i
	}
	seen := map[string]bool{}
	for _, p := range demoPostings(t) {
		l := Normalize(&p, testOpts)
		checkListing(t, l)
		i, ok := want[l.Title]
		if !ok {
			t.Errorf("%q: no case", l.Title)
			continue
		}
		seen[l.Title] = true
		c := demoCases[i]
		t.Run(c.title, func(t *testing.T) {
			pay := "-"
			if l.Pay != nil {
				pay = fmt.Sprintf("%v %v %s %s %v", l.Pay.Min, l.Pay.Max, l.Pay.Currency, l.Pay.Unit, l.Pay.Hourly)
			} else if l.Unpaid {
				pay = "unpaid"
			}
			if pay != c.pay {
				t.Errorf("pay = %s, want %s", pay, c.pay)
			}
			if got := rangeString(l.Hours); got != c.hours {
				t.Errorf("hours = %s, want %s", got, c.hours)
			}
			if got := rangeString(l.DurationDays); got != c.days {
				t.Errorf("duration_days = %s, want %s", got, c.days)
			}
			if l.Type != c.typ {
				t.Errorf("type = %s, want %s", l.Type, c.typ)
			}
			if l.Remote != c.remote {
				t.Errorf("remote = %s (%s), want %s", l.Remote, l.RemoteEvidence, c.remote)
			}
			if got := strings.Join(l.RemoteRegions, ","); got != c.regions {
				t.Errorf("regions = %q, want %q", got, c.regions)
			}
		})
	}
	for _, c := range demoCases {
		if !seen[c.title] {
			t.Errorf("%q: not on the demo boards", c.title)
		}
	}
}
