package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// truthCase is one listing and what a reader takes from it (issue 11). An
// empty want field is not checked. pay is "MIN MAX CUR UNIT" or "-";
// regions are comma-separated, "" meaning none checked and "none" none.
type truthCase struct {
	name                          string
	p                             model.Posting
	pay, remote, regions, jobType string
}

// The cases are written for this project: each states one way boards and
// scrapers write pay, place and kind of work.
var truthCases = []truthCase{
	// Ranges whose ends each carry a unit, written low-high or high-low.
	{name: "hourly ends", p: model.Posting{Title: "Tutor", PayText: "$19/hr - $24/hr"}, pay: "19 24 USD hour"},
	{name: "yearly k ends", p: model.Posting{Title: "Analyst", PayText: "$61K/yr-$66K/yr"}, pay: "61000 66000 USD year"},
	{name: "high-low hourly", p: model.Posting{Title: "Tutor", PayText: "$31/hour - $27/hour"}, pay: "27 31 USD hour"},
	{name: "per-end units in text", p: model.Posting{Title: "Mover", DescriptionText: "Pay is $17 per hour to $21 per hour depending on shift."}, pay: "17 21 USD hour"},
	// A bare number in a field that only holds pay.
	{name: "bare hourly field", p: model.Posting{Title: "Barista", PayText: "26 per hour"}, pay: "26 26 USD hour"},
	{name: "bare weekly plus", p: model.Posting{Title: "Driver", PayText: "1800+ weekly"}, pay: "1800 1800 USD week"},
	{name: "bare yearly range", p: model.Posting{Title: "Planner", PayText: "52000-58000 per year"}, pay: "52000 58000 USD year"},
	{name: "bare k pro rata", p: model.Posting{Title: "Officer", PayText: "60-65k pro rata"}, pay: "60000 65000 USD year"},
	{name: "bare number in the text stays out", p: model.Posting{Title: "Officer", DescriptionText: "Team of 40 per site, 3000 per year visitors."}, pay: "-"},
	// A salary followed by extras keeps the salary.
	{name: "plus bonus", p: model.Posting{Title: "Engineer", PayText: "$120,000 + bonus"}, pay: "120000 120000 USD year"},
	{name: "plus super", p: model.Posting{Title: "Engineer", PayText: "A$95k - A$105k + super"}, pay: "95000 105000 AUD year"},
	{name: "plus equity in text", p: model.Posting{Title: "Engineer", DescriptionText: "Compensation: $140k-$160k + equity."}, pay: "140000 160000 USD year"},
	// Markdown-escaped text as scrapers hand it over.
	{name: "escaped dollar and dash", p: model.Posting{Title: "Writer", DescriptionText: `Rate: \$40 \- \$55 per hour.`}, pay: "40 55 USD hour"},
	{name: "escaped underscores kept readable", p: model.Posting{Title: "Writer", DescriptionText: `Write \*two\* posts a week. Pay: \$300 per article.`}, pay: "300 300 USD project"},

	// Remote, hybrid, on-site.
	{name: "days a week in the office", p: model.Posting{Title: "Designer", Locations: []string{"London"}, DescriptionText: "You will be in the office 3 days a week and at home the rest."}, remote: "hybrid"},
	{name: "days per week onsite", p: model.Posting{Title: "Designer", Locations: []string{"Berlin"}, DescriptionText: "We expect two days per week onsite in Berlin."}, remote: "hybrid"},
	{name: "office and home days", p: model.Posting{Title: "Planner", Locations: []string{"Leeds"}, DescriptionText: "Our rhythm: 2 days in the office and 3 days from home."}, remote: "hybrid"},
	{name: "five days onsite stays onsite", p: model.Posting{Title: "Planner", DescriptionText: "You must work in the office 5 days a week."}, remote: "onsite"},
	{name: "office perk is not on-site", p: model.Posting{Title: "Engineer", RemoteHint: "remote", DescriptionText: "This is a remote role. Perks: snacks in the office when you visit, and a laptop."}, remote: "remote"},
	{name: "office perk in a city", p: model.Posting{Title: "Engineer", Locations: []string{"Austin, TX"}, DescriptionText: "Work from home. We have a dog-friendly office in our Austin office for meetups."}, remote: "remote"},
	{name: "no remote or hybrid", p: model.Posting{Title: "Technician", Locations: []string{"Remote"}, DescriptionText: "Please note: no remote or hybrid options; the lab is in Leeds."}, remote: "onsite"},
	{name: "not open to remote", p: model.Posting{Title: "Technician", DescriptionText: "This position is not open to remote candidates."}, remote: "onsite"},
	{name: "occasional onsite weeks", p: model.Posting{Title: "Engineer", RemoteHint: "remote", DescriptionText: "Fully remote, with on-site weeks in Lisbon twice a year."}, remote: "remote"},
	{name: "quarterly onsite", p: model.Posting{Title: "Engineer", Locations: []string{"Remote - US"}, DescriptionText: "You must be onsite one week per quarter for planning."}, remote: "remote"},
	{name: "work-from-anywhere perk", p: model.Posting{Title: "Nurse", Locations: []string{"Chicago, IL"}, DescriptionText: "Benefits: 2 weeks of work from anywhere per year. The role is based in our Chicago office."}, remote: "onsite"},
	{name: "work-from-anywhere month", p: model.Posting{Title: "Analyst", Locations: []string{"Paris"}, DescriptionText: "Enjoy a work from anywhere month each summer."}, remote: "unknown"},

	// Contract wording and permanent jobs.
	{name: "contractor", p: model.Posting{Title: "Data Engineer", DescriptionText: "We are hiring a contractor for six months."}, jobType: "contract"},
	{name: "c2c", p: model.Posting{Title: "Java Developer (C2C)"}, jobType: "contract"},
	{name: "corp to corp", p: model.Posting{Title: "Java Developer", DescriptionText: "Corp-to-corp only, 12 months."}, jobType: "contract"},
	{name: "w2 contract", p: model.Posting{Title: "QA Analyst", EmploymentType: "W2 Contract"}, jobType: "contract"},
	{name: "seasonal", p: model.Posting{Title: "Seasonal Warehouse Associate"}, jobType: "contract"},
	{name: "temporary in text", p: model.Posting{Title: "Receptionist", DescriptionText: "This is a temporary position covering a leave."}, jobType: "contract"},
	{name: "freelance in text", p: model.Posting{Title: "Illustrator", DescriptionText: "A freelance role, paid per piece."}, jobType: "contract"},
	{name: "full-time, permanent", p: model.Posting{Title: "Accountant", EmploymentType: "Full-time, Permanent"}, jobType: "full_time"},
	{name: "permanent full time in text", p: model.Posting{Title: "Accountant", DescriptionText: "Permanent, full time position."}, jobType: "full_time"},

	// Regions: titles, lists, work authorization, worldwide.
	{name: "bracketed region in title", p: model.Posting{Title: "Support Engineer [Remote-US]"}, remote: "remote", regions: "US"},
	{name: "parenthesized pair", p: model.Posting{Title: "Sales Lead (Remote - UK or Ireland)"}, remote: "remote", regions: "GB,IE"},
	{name: "hiring in list only", p: model.Posting{Title: "Engineer", RemoteHint: "remote", DescriptionText: "We are hiring in Germany, Austria or Switzerland only."}, regions: "DE,AT,CH"},
	{name: "citizenship", p: model.Posting{Title: "Analyst", RemoteHint: "remote", DescriptionText: "Applicants must be U.S. citizens or permanent residents."}, regions: "US"},
	{name: "work authorization", p: model.Posting{Title: "Analyst", RemoteHint: "remote", DescriptionText: "You must be authorized to work in Canada."}, regions: "CA"},
	{name: "right to work", p: model.Posting{Title: "Analyst", RemoteHint: "remote", DescriptionText: "Candidates need the right to work in the UK."}, regions: "GB"},
	{name: "hiring worldwide", p: model.Posting{Title: "Writer", DescriptionText: "Remote role, hiring worldwide."}, remote: "remote", regions: "worldwide"},
	{name: "international", p: model.Posting{Title: "Writer", Locations: []string{"Remote - International"}}, remote: "remote", regions: "worldwide"},
}

func TestTruthTables(t *testing.T) {
	opts := Options{Now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	pass := 0
	for _, tc := range truthCases {
		t.Run(tc.name, func(t *testing.T) {
			if checkTruthCase(t, tc, opts) {
				pass++
			}
		})
	}
	t.Logf("%d of %d cases agree", pass, len(truthCases))
}

// checkTruthCase normalizes tc's posting and reports (as test errors) each
// field that differs from what tc wants; it returns whether all agree.
func checkTruthCase(t *testing.T, tc truthCase, opts Options) bool {
	t.Helper()
	p := tc.p
	p.Source, p.ExternalID = "t", tc.name
	l := Normalize(&p, opts)
	ok := true
	if tc.pay != "" {
		got := payString(l.Pay)
		if got == "<nil>" {
			got = "-"
		}
		if got != tc.pay {
			t.Errorf("pay = %s, want %s", got, tc.pay)
			ok = false
		}
	}
	if tc.remote != "" && string(l.Remote) != tc.remote {
		t.Errorf("remote = %s (%s), want %s", l.Remote, l.RemoteEvidence, tc.remote)
		ok = false
	}
	if tc.regions != "" {
		want := tc.regions
		if want == "none" {
			want = ""
		}
		if got := strings.Join(l.RemoteRegions, ","); got != want {
			t.Errorf("regions = %q, want %q", got, want)
			ok = false
		}
	}
	if tc.jobType != "" && string(l.Type) != tc.jobType {
		t.Errorf("type = %s, want %s", l.Type, tc.jobType)
		ok = false
	}
	return ok
}

// checkFuzzedPay fails t unless p, read from s by a fuzzed pay reader, is
// a well-formed pay: an ordered non-negative range with a unit, and
// evidence that is the text of s at its offsets.
func checkFuzzedPay(t *testing.T, p *model.Pay, s string) {
	t.Helper()
	if p.Min > p.Max || p.Min < 0 || p.Max <= 0 || p.Unit == "" {
		t.Errorf("bad pay %+v from %q", *p, s)
	}
	e := p.Evidence
	if e == nil || e.Start < 0 || e.End > len(s) || e.Start >= e.End || s[e.Start:e.End] != e.Text {
		t.Errorf("bad evidence %+v for %q", e, s)
	}
}

func FuzzBarePay(f *testing.F) {
	for _, c := range truthCases {
		f.Add(c.p.PayText)
	}
	f.Add("70-80k pro rata")
	f.Add("2000+ weekly")
	f.Fuzz(func(t *testing.T, s string) {
		p := barePay("pay_text", s)
		if p == nil {
			return
		}
		checkFuzzedPay(t, p, s)
	})
}

func TestUnescapeMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		`\$40 \- \$55`:       "$40 - $55",
		`\*bold\* and \_x\_`: "*bold* and _x_",
		`C:\Users\me`:        `C:\Users\me`,
		`no escapes`:         "no escapes",
		`trailing \`:         `trailing \`,
	} {
		if got := unescapeMarkdown(in); got != want {
			t.Errorf("unescapeMarkdown(%q) = %q, want %q", in, got, want)
		}
	}
}
