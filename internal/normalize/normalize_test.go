package normalize

import (
	"encoding/json"
	"html"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

var testOpts = Options{USDRates: map[string]float64{"EUR": 1.08, "GBP": 1.27, "INR": 0.012, "CAD": 0.73}, Now: deadlineNow}

func TestNormalizeMicroInternship(t *testing.T) {
	p := &model.Posting{
		Source: "demo", ExternalID: "1", Title: "Micro-Internship: Market Research (Remote)",
		Company: "Acme, Inc.", URL: "https://x.com/j/1?utm_source=li&id=1", ApplyURL: "https://x.com/a?gh_src=z",
		Locations:       []string{"Remote - US"},
		DescriptionHTML: "<p>We pay $300 for about 15 hours of work.Deliverables due by June 30.</p><ul><li>Research 20 competitors in Excel</li></ul>",
	}
	l := Normalize(p, testOpts)
	if l.Type != model.TypeMicroInternship || !l.ProjectBased {
		t.Errorf("type = %s project_based = %v", l.Type, l.ProjectBased)
	}
	if l.Pay == nil || l.Pay.Hourly != 20 || l.Pay.HourlyUSD != 20 || l.Pay.Unit != model.UnitProject {
		t.Fatalf("pay = %+v", l.Pay)
	}
	checkSpan(t, l.Pay.Evidence, "text", l.Text)
	if l.Hours == nil || l.Hours.Max != 15 {
		t.Errorf("hours = %+v", l.Hours)
	}
	if l.Deadline == nil || l.Deadline.Format("2006-01-02") != "2026-06-30" {
		t.Errorf("deadline = %v", l.Deadline)
	}
	if l.Remote != model.RemoteRemote || strings.Join(l.RemoteRegions, ",") != "US" || l.RemoteEvidence != "location: Remote - US" {
		t.Errorf("remote = %s %v %q", l.Remote, l.RemoteRegions, l.RemoteEvidence)
	}
	if l.URL != "https://x.com/j/1?id=1" || l.ApplyURL != "https://x.com/a" {
		t.Errorf("urls = %s %s", l.URL, l.ApplyURL)
	}
	if !strings.Contains(l.Text, "work. Deliverables") || strings.Join(l.Skills, ",") != "Market Research,Excel" {
		t.Errorf("text = %q skills = %v", l.Text, l.Skills)
	}
	if l.Fingerprint == "" || l.Unpaid {
		t.Errorf("fingerprint = %q unpaid = %v", l.Fingerprint, l.Unpaid)
	}
}

func TestNormalizePay(t *testing.T) {
	tests := []struct {
		name      string
		p         model.Posting
		hourly    float64
		hourlyUSD float64
		unit      model.PayUnit
		source    model.Origin
		unpaid    bool
	}{
		{"structured wins", model.Posting{Pay: &model.Pay{Min: 30, Max: 20, Currency: "usd", Unit: model.UnitHour}, PayText: "$99/hr"}, 20, 20, model.UnitHour, model.FromStructured, false},
		{"structured zero is unknown", model.Posting{Pay: &model.Pay{}, PayText: "$55k - $100k"}, 26.44, 26.44, model.UnitYear, model.FromText, false},
		{"structured nan dropped", model.Posting{Pay: &model.Pay{Min: math.NaN(), Max: 1, Currency: "USD"}}, 0, 0, "", "", false},
		{"euro monthly with weekly hours", model.Posting{PayText: "€1,000 per month", DescriptionText: "20 hours per week"}, 11.54, 12.46, model.UnitMonth, model.FromText, false},
		{"gbp yearly", model.Posting{DescriptionText: "Salary range: £14k – £26k"}, 6.73, 8.55, model.UnitYear, model.FromText, false},
		{"unknown rate", model.Posting{DescriptionText: "Pay: CHF 30 per hour"}, 30, 0, model.UnitHour, model.FromText, false},
		{"project no hours", model.Posting{DescriptionText: "$500 for the project"}, 0, 0, model.UnitProject, model.FromText, false},
		{"weekly pay", model.Posting{DescriptionText: "$400 per week, 10 hours a week"}, 40, 40, model.UnitWeek, model.FromText, false},
		{"daily", model.Posting{DescriptionText: "$200 per day"}, 25, 25, model.UnitDay, model.FromText, false},
		{"unpaid pay text", model.Posting{PayText: "Unpaid", Title: "Ambassador"}, 0, 0, "", "", true},
		{"volunteer type", model.Posting{EmploymentType: "VOLUNTEER", Title: "Mentor"}, 0, 0, "", "", true},
		{"unpaid leave only", model.Posting{DescriptionText: "Unpaid leave available."}, 0, 0, "", "", false},
		{"title pay", model.Posting{Title: "Physics Expert - Fully Remote | Upto $135/hr"}, 135, 135, model.UnitHour, model.FromText, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.p.Title = firstNonEmpty(tc.p.Title, "Analyst")
			l := Normalize(&tc.p, testOpts)
			if l.Unpaid != tc.unpaid {
				t.Errorf("unpaid = %v", l.Unpaid)
			}
			if tc.unit == "" {
				if l.Pay != nil {
					t.Errorf("pay = %+v, want nil", l.Pay)
				}
				return
			}
			if l.Pay == nil {
				t.Fatal("no pay")
			}
			if l.Pay.Hourly != tc.hourly || l.Pay.HourlyUSD != tc.hourlyUSD || l.Pay.Unit != tc.unit || l.Pay.Source != tc.source {
				t.Errorf("pay = %+v", *l.Pay)
			}
			if l.Pay.Min > l.Pay.Max {
				t.Errorf("min > max")
			}
		})
	}
}

func TestNormalizeWeeklyStructured(t *testing.T) {
	p := &model.Posting{Title: "Support Intern", HoursPerWeek: &model.Range{Min: 10, Max: 10}, DescriptionText: "An internship for 4 weeks."}
	l := Normalize(p, testOpts)
	if l.Hours == nil || l.Hours.Max != 40 || l.Type != model.TypeMicroInternship || !l.ProjectBased {
		t.Errorf("hours = %+v type = %s project = %v", l.Hours, l.Type, l.ProjectBased)
	}
}

// TestNormalizeType checks the types Normalize infers from pay and effort
// when the title and text name none, and the micro-internship bounds.
func TestNormalizeType(t *testing.T) {
	tests := []struct {
		name, et, title, text string
		want                  model.JobType
	}{
		// demo boards (internal/demo/boards)
		{"hourly with bounded hours is a project", "", "Grant Research Assistant", "15-20 hours over 3 weeks at $22/hr.", model.TypeProject},
		{"fee with hours is a project", "", "Web Accessibility Fixes (React)", "Estimated 25 hours across 3 weeks; $875 flat fee.", model.TypeProject},
		{"fee alone is a project", "", "Logo Design", "Fee: $400, paid on delivery.", model.TypeProject},
		{"bounded hours alone is a project", "", "Canvassing Data QA", "Roughly 10 hours over 1 week.", model.TypeProject},
		{"fellowship of ten weeks", "", "Civic Tech Summer Fellowship", "A 10-week paid summer fellowship. 30 hours a week, $28/hour.", model.TypeInternship},
		{"six weeks of 120 hours is an internship", "", "Machine Learning Research Intern", "6-week remote internship, 20 hours a week. Stipend €1,800 per month.", model.TypeInternship},
		{"six weeks without hours is micro", "", "Support Intern", "A 6-week internship.", model.TypeMicroInternship},
		{"internship fee with 80 hours is an internship", "", "Design Intern", "$500 for the project, about 80 hours.", model.TypeInternship},
		// must not
		{"hourly rate with weekly hours stays unknown", "", "Marketing Assistant", "$25/hour, 10 hours a week.", model.TypeUnknown},
		{"daily pay stays unknown", "", "Brand Ambassador", "Earn $300 daily from home!", model.TypeUnknown},
		{"salary stays unknown", "", "Analyst", "Salary: $90,000. 40 hours of training.", model.TypeUnknown},
		{"too many hours stays unknown", "", "Research Support", "About 800 hours over 6 months at $30/hour.", model.TypeUnknown},
		{"unpaid bounded is volunteer", "", "Helper", "Unpaid, about 20 hours total.", model.TypeVolunteer},
		{"source type wins", "Full-time", "Analyst", "15-20 hours over 3 weeks at $22/hr.", model.TypeFullTime},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &model.Posting{EmploymentType: tc.et, Title: tc.title, DescriptionText: tc.text}
			l := Normalize(p, testOpts)
			if l.Type != tc.want {
				t.Errorf("type = %s, want %s (hours %s, pay %s)", l.Type, tc.want, rangeString(l.Hours), payString(l.Pay))
			}
		})
	}
}

func TestNormalizeNilSafe(t *testing.T) {
	l := Normalize(&model.Posting{}, Options{})
	if l.Remote != model.RemoteUnknown || l.Type != model.TypeUnknown || l.Skills == nil || l.RemoteRegions == nil {
		t.Errorf("zero posting: %+v", l)
	}
}

// checkListing checks the invariants every listing keeps.
func checkListing(t *testing.T, l *model.Listing) {
	t.Helper()
	if !utf8.ValidString(l.Text) || !utf8.ValidString(l.Title) {
		t.Error("invalid UTF-8")
	}
	if p := l.Pay; p != nil {
		if p.Min > p.Max || p.Min < 0 || p.Hourly < 0 || math.IsNaN(p.Hourly) {
			t.Errorf("bad pay %+v", *p)
		}
		if p.Evidence != nil && p.Source == model.FromText {
			field := map[string]string{"text": l.Text, "title": l.Title, "pay_text": l.PayText}[p.Evidence.Field]
			checkSpan(t, p.Evidence, p.Evidence.Field, field)
		}
	}
	for _, r := range []*model.Range{l.Hours, l.DurationDays} {
		if r != nil && (r.Min > r.Max || r.Min < 0) {
			t.Errorf("bad range %+v", *r)
		}
	}
	if !l.Remote.Valid() || !l.Type.Valid() {
		t.Errorf("bad enum %s %s", l.Remote, l.Type)
	}
}

// sharedFixtures is ../shared/fixtures from the project root.
const sharedFixtures = "../../../shared/fixtures"

func readFixture(t *testing.T, rel string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(sharedFixtures, rel))
	if err != nil {
		t.Skipf("shared fixtures not available (%v); skipping", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
}

// TestFixtureGreenhouseSmarterDx reads the real payload: part-time hourly pay
// only in the escaped content, Remote (United States).
func TestFixtureGreenhouseSmarterDx(t *testing.T) {
	var board struct {
		Jobs []struct {
			Title    string `json:"title"`
			Content  string `json:"content"`
			Location struct {
				Name string `json:"name"`
			} `json:"location"`
		} `json:"jobs"`
	}
	readFixture(t, "greenhouse/jobs_smarterdx.json", &board)
	found := false
	for _, j := range board.Jobs {
		l := Normalize(&model.Posting{Title: j.Title, Company: "SmarterDx", Locations: []string{j.Location.Name},
			DescriptionHTML: html.UnescapeString(j.Content)}, testOpts)
		checkListing(t, l)
		if l.Remote != model.RemoteRemote || strings.Join(l.RemoteRegions, ",") != "US" {
			t.Errorf("%s: remote %s %v", j.Title, l.Remote, l.RemoteRegions)
		}
		if l.Pay != nil && l.Pay.Unit == model.UnitHour {
			found = true
			if l.Pay.Min != 34.62 || l.Type != model.TypePartTime {
				t.Errorf("%s: pay %+v type %s", j.Title, *l.Pay, l.Type)
			}
		}
	}
	if !found {
		t.Error("hourly pay not found")
	}
}

// TestFixturesAllAshby normalizes every Ashby posting in the fixtures and
// checks the invariants and structured pay.
func TestFixturesAllAshby(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedFixtures, "ashby", "*.json"))
	if len(files) == 0 {
		t.Skip("shared fixtures not available; skipping")
	}
	n := 0
	for _, f := range files {
		var board struct {
			Jobs []struct {
				Title           string `json:"title"`
				Location        string `json:"location"`
				EmploymentType  string `json:"employmentType"`
				IsRemote        *bool  `json:"isRemote"`
				DescriptionHTML string `json:"descriptionHtml"`
				Compensation    struct {
					Summary string `json:"compensationTierSummary"`
				} `json:"compensation"`
			} `json:"jobs"`
		}
		readFixture(t, filepath.Join("ashby", filepath.Base(f)), &board)
		for _, j := range board.Jobs {
			hint := ""
			if j.IsRemote != nil && *j.IsRemote {
				hint = "remote"
			}
			l := Normalize(&model.Posting{Title: j.Title, Locations: []string{j.Location}, RemoteHint: hint,
				EmploymentType: j.EmploymentType, PayText: j.Compensation.Summary, DescriptionHTML: j.DescriptionHTML}, testOpts)
			checkListing(t, l)
			if j.Compensation.Summary != "" && (l.Pay == nil || l.Pay.Evidence.Field != "pay_text") {
				t.Errorf("%s: pay %q not read: %+v", j.Title, j.Compensation.Summary, l.Pay)
			}
			if l.Type == model.TypeUnknown {
				t.Errorf("%s: type unknown for %q", j.Title, j.EmploymentType)
			}
			n++
		}
	}
	t.Logf("%d ashby postings", n)
}

func TestDeadlineNextOccurrence(t *testing.T) {
	now := time.Date(2026, 12, 20, 0, 0, 0, 0, time.UTC)
	if d := ParseDeadline("apply by January 5", now); d == nil || d.Year() != 2027 {
		t.Errorf("got %v", d)
	}
}
