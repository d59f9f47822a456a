package redflag

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// demoBoards are the bundled demo listings (Greenhouse job-board format).
const demoBoards = "../demo/boards/*.json"

var (
	demoListTag  = regexp.MustCompile(`(?i)<\s*li\b[^>]*>`)
	demoBlockTag = regexp.MustCompile(`(?i)<\s*(?:br|hr|/?p|/?div|/li|/?h[1-6]|/?ul|/?ol|/?tr|/?table|/?section)\b[^>]*>`)
	demoAnyTag   = regexp.MustCompile(`<[^>]*>`)
	demoBlank    = regexp.MustCompile(`[ \t]*\n[\n \t]*`)
)

// demoText is a small HTML-to-text for the demo boards, close to what
// normalization does: the entity-escaped content is unescaped once, block
// tags become line breaks, list items start with "- ", other tags go, and
// the remaining entities are decoded.
func demoText(content string) string {
	s := html.UnescapeString(content)
	s = demoListTag.ReplaceAllString(s, "\n- ")
	s = demoBlockTag.ReplaceAllString(s, "\n")
	s = demoAnyTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = demoBlank.ReplaceAllString(s, "\n")
	return strings.TrimSpace(s)
}

// demoListings reads every listing of the demo boards.
func demoListings(t *testing.T) []*model.Listing {
	t.Helper()
	files, err := filepath.Glob(demoBoards)
	if err != nil || len(files) == 0 {
		t.Fatalf("no demo boards at %s (%v)", demoBoards, err)
	}
	var out []*model.Listing
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var board struct {
			Jobs []struct {
				Title       string `json:"title"`
				CompanyName string `json:"company_name"`
				Content     string `json:"content"`
			} `json:"jobs"`
		}
		if err := json.Unmarshal(b, &board); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, j := range board.Jobs {
			out = append(out, &model.Listing{
				Title:   strings.TrimSpace(j.Title),
				Company: strings.TrimSpace(j.CompanyName),
				Text:    demoText(j.Content),
				Type:    model.TypeUnknown,
			})
		}
	}
	return out
}

// demoVague is, per demo listing title, the vague flags it should carry:
// a listing that names its reviewer or mentor has no VAGUE_NO_SUPERVISOR,
// one with concrete outputs no VAGUE_NO_DELIVERABLES; the genuinely vague
// ones keep theirs. VAGUE_NO_SUPERVISOR and VAGUE_NO_DURATION only apply
// to internships and projects (by title here: no type is parsed).
var demoVague = map[string][]string{
	// brightpath
	"Data Analysis Micro-Internship":          nil,                   // "report to our Head of Data"
	"Curriculum Writing Project (Algebra)":    nil,                   // "reviewed by a senior math editor"
	"UX Research Micro-Internship":            nil,                   // "Your mentor is our lead designer"
	"Social Media Content Intern (Part-time)": nil,                   // "four weeks of posts ... with a short performance report"
	"Python Automation Project":               nil,                   // "Reporting to our engineering manager"
	"Community Moderator (Volunteer)":         {VagueNoDeliverables}, // moderating a forum: no output
	"Grant Research Assistant":                nil,
	"Spanish Localization Review":             nil,
	"Video Editing Micro-Internship":          {VagueNoSupervisor}, // six videos, but no one named
	"Summer Software Engineering Intern 2027": {VagueNoSupervisor}, // "working in TypeScript and Go" is concrete enough
	"Accessibility Audit Project":             nil,
	"Financial Modeling Micro-Project":        {VagueNoSupervisor},
	"Marketing Assistant":                     {VagueNoDeliverables}, // "Help with various tasks as needed."
	"Brand Ambassador - Earn Daily":           {VagueNoDeliverables},
	// civiclabs
	"Policy Research Micro-Internship":       nil, // "Supervised by our policy director"
	"Open Data Cleanup Project":              nil, // "Mentored by our data lead"
	"Web Accessibility Fixes (React)":        nil,
	"Survey Design Micro-Internship":         {VagueNoSupervisor},                      // "a 15-question survey ... with a pilot report"
	"GIS Mapping Project":                    {VagueNoSupervisor},                      // "Map 300 community resources in QGIS"
	"Fundraising Intern":                     {VagueNoSupervisor},                      // a team, no person
	"Translation Micro-Project (Vietnamese)": nil,                                      // "a native speaker reviews it"
	"Newsletter Writing Micro-Internship":    nil,                                      // "edited by our communications lead"
	"Civic Tech Summer Fellowship":           {VagueNoDeliverables, VagueNoSupervisor}, // "building tools": no output named
	"Office Helper":                          {VagueNoDescription},                     // "Assist as needed."
	"Event Logistics Project":                nil,                                      // "Reporting to our events manager"
	"Canvassing Data QA":                     nil,                                      // "Check 1,500 canvassing records"
	"Podcast Production Micro-Internship":    nil,                                      // "Your mentor is our producer"
	// northwind
	"Machine Learning Research Intern":     nil,                 // "Supervised by a senior research scientist"
	"SQL Dashboard Micro-Internship":       nil,                 // "Your mentor is our analytics lead"
	"Data Labeling Project":                nil,                 // "spot-checked by our QA team"
	"Technical Writing Micro-Internship":   nil,                 // "reviewed by our docs lead"
	"Part-time Data Engineering Intern":    {VagueNoSupervisor}, // "two Airflow pipelines", no one named
	"Market Research Micro-Project":        {VagueNoSupervisor}, // the CEO is the audience, not a mentor
	"Data Visualization Project (D3.js)":   nil,                 // "Code review with our front-end lead"
	"Research Assistant - Academic Credit": nil,
	"Customer Interviews Micro-Internship": nil, // "Reporting to our product manager"
	"Data Entry Clerk - Work From Home":    {VagueNoDeliverables},
	"Excel Automation Micro-Project":       nil, // "You will work with our finance manager"
	"Cloud Cost Analysis Project":          {VagueNoSupervisor},
	"Operations Intern":                    {VagueNoDeliverables, VagueNoSupervisor, VagueCatchallDuties},
}

var (
	demoScams  = []string{"Brand Ambassador - Earn Daily", "Data Entry Clerk - Work From Home"}
	demoUnpaid = []string{"Community Moderator (Volunteer)", "Research Assistant - Academic Credit", "Fundraising Intern"}
)

// TestDemoBoards: on the bundled demo listings the vague rules fire only
// where the listing is really vague, the scams stay high risk and the
// unpaid listings keep UNPAID.
func TestDemoBoards(t *testing.T) {
	seen := map[string]bool{}
	for _, l := range demoListings(t) {
		want, ok := demoVague[l.Title]
		if !ok {
			t.Errorf("demo listing %q is not in the table", l.Title)
			continue
		}
		seen[l.Title] = true
		Assess(l)
		checkInvariants(t, l)
		var got []string
		for _, f := range l.Flags {
			if f.Family == model.FamilyVague {
				got = append(got, f.ID)
			}
		}
		slices.Sort(got)
		want = slices.Sorted(slices.Values(want))
		if !slices.Equal(got, want) {
			t.Errorf("%q: vague flags %v, want %v\n%s", l.Title, got, want, l.Text)
		}
		if slices.Contains(demoScams, l.Title) && l.Risk != model.SeverityHigh {
			t.Errorf("%q: scam has risk %s; flags %v", l.Title, l.Risk, flagIDs(l.Flags))
		}
		if slices.Contains(demoUnpaid, l.Title) && !l.HasFlag(Unpaid) {
			t.Errorf("%q: UNPAID did not fire; flags %v", l.Title, flagIDs(l.Flags))
		}
		if !slices.Contains(demoScams, l.Title) && !slices.Contains(demoUnpaid, l.Title) && l.Risk == model.SeverityHigh {
			t.Errorf("%q: high risk; flags %v", l.Title, flagIDs(l.Flags))
		}
	}
	for title := range demoVague {
		if !seen[title] {
			t.Errorf("table entry %q matches no demo listing", title)
		}
	}
}
