package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestCompanyKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Acme, Inc.", "acme"}, {"ACME Inc", "acme"}, {"Acme Ltd.", "acme"}, {"Acme LLC", "acme"},
		{"Acme GmbH", "acme"}, {"Acme Corp.", "acme"}, {"Acme Co.", "acme"}, {"Amplitude ", "amplitude"},
		{"Idealist Consulting", "idealist consulting"}, {"Co.", "co"}, {"", ""}, {"Procter & Gamble Co.", "procter gamble"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := CompanyKey(tc.in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTitleKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Software Engineer (m/w/d)", "software engineer"},
		{"Software Engineer (Remote)", "software engineer"},
		{"Software Engineer - Remote Europe", "software engineer"},
		{"AI Engineer - Remote Europe", "ai engineer"},
		{"Backend Engineer (Go)", "backend engineer go"},
		{"Werkstudent Marketing (w/m/d)", "werkstudent marketing"},
		{"Data Analyst, Summer 2026 (Intern)", "data analyst summer 2026 intern"},
		{"C++ Developer", "c++ developer"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := TitleKey(tc.in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFingerprint(t *testing.T) {
	a := &model.Listing{Company: "Acme, Inc.", Title: "Data Intern (Remote)", RemoteRegions: []string{"US"}}
	b := &model.Listing{Company: "ACME", Title: "Data Intern", RemoteRegions: []string{"US"}}
	c := &model.Listing{Company: "ACME", Title: "Data Intern", RemoteRegions: []string{"EU"}}
	if Fingerprint(a) != Fingerprint(b) {
		t.Error("same job, different fingerprints")
	}
	if Fingerprint(a) == Fingerprint(c) {
		t.Error("different regions, same fingerprint")
	}
	if Fingerprint(&model.Listing{}) != "" {
		t.Error("empty title should give empty fingerprint")
	}
}

func TestSimHash(t *testing.T) {
	base := "We are looking for a data analyst intern to build dashboards in Tableau and SQL for our marketing team over four weeks."
	near := "We are looking for a data analyst intern to build dashboards in Tableau and SQL for our sales team over four weeks."
	far := "Senior backend engineer to design distributed systems in Go, Kafka and Kubernetes at scale."
	if !NearDuplicate(TextSimHash(base), TextSimHash(base)) {
		t.Error("identical texts not duplicates")
	}
	if d := TextSimHash(base) ^ TextSimHash(near); !NearDuplicate(TextSimHash(base), TextSimHash(near)) {
		t.Logf("near texts differ by %064b", d)
	}
	if NearDuplicate(TextSimHash(base), TextSimHash(far)) {
		t.Error("different texts are duplicates")
	}
	if NearDuplicate(TextSimHash(""), TextSimHash("")) {
		t.Error("empty texts are duplicates")
	}
}

func TestCleanURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://boards.greenhouse.io/acme/jobs/1?gh_src=abc&gh_jid=123", "https://boards.greenhouse.io/acme/jobs/1?gh_jid=123"},
		{"https://helsing.ai/jobs/1?gh_jid=5193736007&utm_source=x&utm_medium=y", "https://helsing.ai/jobs/1?gh_jid=5193736007"},
		{"https://jobs.lever.co/acme/uuid?lever-source=LinkedIn", "https://jobs.lever.co/acme/uuid"},
		{"https://x.com/j?ref=hn&id=7#apply", "https://x.com/j?id=7#apply"},
		{"https://x.com/j?fbclid=1&gclid=2", "https://x.com/j"},
		{" https://x.com/j ", "https://x.com/j"},
		{"https://x.com/j?UTM_Campaign=a&page=2", "https://x.com/j?page=2"},
		{"not a url", "not a url"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := CleanURL(tc.in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDedupKey(t *testing.T) {
	l := func(company string, regions ...string) *model.Listing {
		return &model.Listing{Title: "Data Intern", Company: company, RemoteRegions: regions}
	}
	tests := []struct {
		name  string
		a, b  *model.Listing
		equal bool
	}{
		{"legal suffix and case", l("Acme, Inc.", "US"), l("ACME Inc", "US"), true},
		{"region order", l("Acme", "US", "CA"), l("Acme", "CA", "US"), true},
		{"other regions", l("Acme", "US"), l("Acme", "EU"), false},
		{"other company", l("Acme", "US"), l("Globex", "US"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DedupKey(tt.a) == DedupKey(tt.b); got != tt.equal {
				t.Errorf("keys %q %q equal = %v, want %v", DedupKey(tt.a), DedupKey(tt.b), got, tt.equal)
			}
		})
	}
	if DedupKey(l("")) != "" {
		t.Error("a listing without a company has a dedup key")
	}
}
