package redflag

import (
	"strconv"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Cases of issue 11: what reviewers count as personal data and pressure,
// identity without a missing name, interview tools.

func TestScamPersonalDataBasic(t *testing.T) {
	runFlagCases(t, ScamPersonalData, []flagCase{
		{name: "several details by email", l: listing("Office Helper", concrete+" Email us your full name, home address, phone number and age to get started."), fire: true, evidence: "full name", sev: model.SeverityMedium},
		{name: "a photo with the reply", l: listing("Promoter", concrete+" Reply with a recent photo and your availability."), fire: true, evidence: "recent photo"},
		{name: "marital status asked", l: listing("Housekeeper", concrete+" Please send your CV, marital status and nationality."), fire: true, evidence: "marital status"},
		{name: "sensitive data stays high", l: listing("Assistant", concrete+" Send your full name, address and bank account details."), fire: true, sev: model.SeverityHigh},

		{name: "resume and phone only", l: listing("Analyst", concrete+" Send your resume and phone number to our recruiter."), fire: false},
		{name: "equal opportunity wording", l: listing("Analyst", concrete+" We hire regardless of age, gender, marital status or nationality; send your resume."), fire: false},
		{name: "application form fields", l: listing("Analyst", concrete+" Include your full name, address and phone number in the application form."), fire: false},
		{name: "no request", l: listing("Analyst", concrete+" Our customers' home address and phone number data is kept safe."), fire: false},
	})
}

func TestScamPressureWide(t *testing.T) {
	runFlagCases(t, ScamPressure, []flagCase{
		{name: "start today", l: listing("Chat Agent", concrete+" Sign up and you can start today."), fire: true, evidence: "start today"},
		{name: "few spots", l: listing("Tester", concrete+" Only 3 spots left for this month."), fire: true, evidence: "Only 3 spots left"},
		{name: "limited slots", l: listing("Tester", concrete+" Limited slots available."), fire: true, evidence: "Limited slots"},
		{name: "before it's gone", l: listing("Tester", concrete+" Apply before it's gone!"), fire: true, evidence: "before it's gone"},

		{name: "a start-date field", l: listing("Tester", concrete+"\nStart: Immediately"), fire: false},
		{name: "available immediately", l: listing("Tester", concrete+" The position is available immediately."), fire: false},
		{name: "limited supervision", l: listing("Tester", concrete+" Works with limited supervision."), fire: false},
	})
}

func TestIdentityNotName(t *testing.T) {
	board := func(u string) func(*model.Listing) {
		return func(l *model.Listing) { l.CompanyInfo, l.URL = "", u }
	}
	named := func(l *model.Listing) { l.Company, l.CompanyInfo = "Employer 7", "" }
	runFlagCases(t, ScamAnonEmployer, []flagCase{
		{name: "named, no profile, clerical, no pay", l: listing("Administrative Assistant", "Answer phones and file papers.", named, noPay), fire: true, sev: model.SeverityHigh},
		{name: "named, no profile, clerical, weak sign", l: listing("Data Entry Clerk", "Type forms. No experience required.", named), fire: true, sev: model.SeverityHigh},

		{name: "named, no profile, clerical, pay stated", l: listing("Customer Support Intern", "Answer tickets for our bike shop on weekends.", named), fire: false},
		{name: "own careers board", l: listing("Administrative Assistant", "Answer phones.", board("https://boards.greenhouse.io/acme/jobs/1"), noPay), fire: false},
		{name: "name in the text", l: listing("Administrative Assistant", "Acme Analytics needs help at the front desk.", profile(""), noPay), fire: false},
		{name: "technical administrator", l: listing("Database Administrator", "Tune Postgres.", named, noPay), fire: false},
	})
}

func TestInterviewToolsNotOffplatform(t *testing.T) {
	runFlagCases(t, ScamOffplatform, []flagCase{
		{name: "video interview on Hangouts", l: listing("Analyst", concrete+" Interviews are held over Google Hangouts or Zoom."), fire: false},
		{name: "Skype interview", l: listing("Analyst", concrete+" The second interview is on Skype or Microsoft Teams."), fire: false},
		{name: "Hangouts chat interview", l: listing("Analyst", concrete+" The interview is a Google Hangouts chat with our HR manager."), fire: true},
		{name: "Telegram as the contact", l: listing("Analyst", concrete+" Contact our HR on Telegram to apply."), fire: true, evidence: "Telegram"},
	})
}

func corpusListing(id, company, info, text string) *model.Listing {
	return &model.Listing{ID: id, Source: "s-" + id, URL: "https://example.test/" + id, Title: "Job " + id,
		Company: company, CompanyInfo: info, Text: text, Flags: []model.Flag{}, Risk: model.SeverityLow}
}

// entries is a small SimHash stand-in for tests: equal texts hash equal.
func entries(ls []*model.Listing, sim func(string) uint64) []CorpusEntry {
	es := make([]CorpusEntry, len(ls))
	for i, l := range ls {
		es[i] = CorpusEntry{ID: l.ID, Source: l.Source, URL: l.URL, Title: l.Title, Company: l.Company,
			CompanyKey: strings.ToLower(l.Company), TextSim: sim(l.Text), TextLen: len(l.Text),
			InfoSim: sim(l.CompanyInfo), InfoLen: len(l.CompanyInfo),
			Identified: Identified(l.Company, l.CompanyInfo, l.CompanyURL, l.URL, l.ApplyURL)}
	}
	return es
}

func TestCorpusFlags(t *testing.T) {
	long := strings.Repeat("We need people to process online orders from home and earn weekly. ", 8)
	other := strings.Repeat("Build our data pipeline in Go and review pull requests with the team. ", 8)
	profileA := strings.Repeat("Acme Analytics builds dashboards for school districts across the country. ", 4)
	sims := map[string]uint64{long: 0xF0F0F0F0F0F0F0F0, other: 0x0F0F0F0F0F0F0F0F, profileA: 0xFFFF0000FFFF0000}
	sim := func(s string) uint64 { return sims[s] }
	tests := []struct {
		name string
		ls   []*model.Listing
		want map[string]model.Severity // flagged ids
	}{
		{"same text, two names", []*model.Listing{corpusListing("a", "Acme", "", long), corpusListing("b", "Zenith", "", long), corpusListing("c", "Other", "", other)},
			map[string]model.Severity{"a": model.SeverityHigh, "b": model.SeverityHigh}},
		{"copied profile", []*model.Listing{corpusListing("a", "Acme", profileA, other), corpusListing("b", "Fakeco", profileA, long)},
			map[string]model.Severity{"a": model.SeverityHigh, "b": model.SeverityHigh}},
		{"no profile, three places", []*model.Listing{corpusListing("a", "Acme", "", long), corpusListing("b", "Acme", "", long), corpusListing("c", "ACME", "", long)},
			map[string]model.Severity{"a": model.SeverityMedium, "b": model.SeverityMedium, "c": model.SeverityMedium}},
		{"own profile, three cities", []*model.Listing{corpusListing("a", "Acme", profileA, long), corpusListing("b", "Acme", profileA, long), corpusListing("c", "Acme", profileA, long)}, nil},
		{"own careers board, three cities", func() []*model.Listing {
			var ls []*model.Listing
			for _, id := range []string{"a", "b", "c"} {
				l := corpusListing(id, "Acme", "", long)
				l.URL = "https://boards.greenhouse.io/acme/jobs/" + id
				ls = append(ls, l)
			}
			return ls
		}(), nil},
		{"two boards, one employer", []*model.Listing{corpusListing("a", "Acme", "", long), corpusListing("b", "Acme", "", long)}, nil},
		{"no names at all", []*model.Listing{corpusListing("a", "", "", long), corpusListing("b", "", "", long)}, nil},
		{"short texts", []*model.Listing{corpusListing("a", "Acme", "", "Apply online."), corpusListing("b", "Zenith", "", "Apply online.")}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "short texts" {
				sims["Apply online."] = 1
			}
			got := CorpusFlags(entries(tc.ls, sim))
			if len(got) != len(tc.want) {
				t.Fatalf("flagged %v, want %v", keys(got), tc.want)
			}
			for id, sev := range tc.want {
				f, ok := got[id]
				if !ok || f.Severity != sev || f.ID != ScamTemplateReuse || len(f.Others) == 0 {
					t.Errorf("%s: got %+v, want severity %s with others", id, f, sev)
				}
				for _, o := range f.Others {
					if o.ID == id || o.URL == "" {
						t.Errorf("%s: bad other %+v", id, o)
					}
				}
			}
			// ApplyCorpus adds the flag and the risk; applying twice changes nothing.
			eng := New(Options{})
			eng.ApplyCorpus(tc.ls, got)
			eng.ApplyCorpus(tc.ls, got)
			for _, l := range tc.ls {
				n := 0
				for _, f := range l.Flags {
					if f.ID == ScamTemplateReuse {
						n++
					}
				}
				if _, want := tc.want[l.ID]; (n == 1) != want || n > 1 {
					t.Errorf("%s: %d reuse flags", l.ID, n)
				}
				if tc.want[l.ID] == model.SeverityHigh && l.Risk != model.SeverityHigh {
					t.Errorf("%s: risk %s", l.ID, l.Risk)
				}
			}
			// A disabled rule adds nothing and removes an earlier flag.
			New(Options{Disabled: map[string]bool{ScamTemplateReuse: true}}).ApplyCorpus(tc.ls, got)
			for _, l := range tc.ls {
				if l.HasFlag(ScamTemplateReuse) {
					t.Errorf("%s: disabled rule still flagged", l.ID)
				}
			}
		})
	}
}

func keys(m map[string]model.Flag) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestContactConsistency(t *testing.T) {
	apply := func(u string) func(*model.Listing) { return func(l *model.Listing) { l.ApplyURL = u } }
	runFlagCases(t, ScamAnonEmployer, []flagCase{
		{name: "profile, apply site, unrelated contact", l: listing("Analyst", concrete+" Send your CV to hr@fast-careers-desk.net.", apply("https://careers.acmeanalytics.com/apply/12")), fire: true, evidence: "hr@fast-careers-desk.net"},
		{name: "profile, apply site, own contact", l: listing("Analyst", concrete+" Send your CV to hr@acmeanalytics.com.", apply("https://careers.acmeanalytics.com/apply/12")), fire: false},
		{name: "profile, no site to compare", l: listing("Analyst", concrete+" Send your CV to hr@fast-careers-desk.net."), fire: false},
	})
	runFlagCases(t, ScamOffplatform, []flagCase{
		{name: "free mail for a named company", l: listing("Analyst", concrete+" Send your CV to acme.hiring@gmail.com."), fire: true, evidence: "acme.hiring@gmail.com"},
		{name: "company mail", l: listing("Analyst", concrete+" Send your CV to jobs@acmeanalytics.com."), fire: false},
	})
}

// BenchmarkCorpusFlags compares 2,000 listings with each other (every pair
// once, as a recompute over the open listings does).
func BenchmarkCorpusFlags(b *testing.B) {
	es := make([]CorpusEntry, 2000)
	x := uint64(0x9E3779B97F4A7C15)
	for i := range es {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		es[i] = CorpusEntry{ID: strconv.Itoa(i), Company: "c" + strconv.Itoa(i%300), CompanyKey: "c" + strconv.Itoa(i%300),
			TextSim: x, TextLen: 1000, InfoSim: x >> 3, InfoLen: 300}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		CorpusFlags(es)
	}
}

func TestIncomeClaims(t *testing.T) {
	runFlagCases(t, ScamTooGoodPay, []flagCase{
		{name: "a day from home", l: listing("Assistant", "Make $300 a day from home answering messages."), fire: true, evidence: "$300 a day", sev: model.SeverityHigh},
		{name: "unlimited earnings", l: listing("Brand Partner", "Unlimited earnings, work when you like.", noPay), fire: true, evidence: "Unlimited earnings"},
		{name: "day rate of a skilled contractor", l: listing("Senior SAP Consultant", concrete+" Day rate $650 per day, outside IR35."), fire: false},
		{name: "commission plan", l: listing("Account Executive", concrete+" Uncapped commission with unlimited earning potential.", noPay), fire: false},
	})
}
