package index

import (
	"reflect"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// TestDocHashCoversTheDocument: the hash reads every field of the indexed
// document (a field added to doc and not to DocHash fails here), and
// listings that differ only where the index does not look hash alike.
func TestDocHashCoversTheDocument(t *testing.T) {
	if n, want := reflect.TypeFor[doc]().NumField(), 20; n != want {
		t.Fatalf("doc has %d fields, DocHash hashes %d: hash the new ones and update this test", n, want)
	}
	posted := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	deadline := posted.Add(30 * 24 * time.Hour)
	base := func() *model.Listing {
		return &model.Listing{ID: "gh-1", Source: "gh", Title: "Data Intern", Company: "Acme", Text: "clean survey data",
			Skills: []string{"Python"}, Remote: "remote", RemoteRegions: []string{"US"}, Type: "internship",
			Flags: []model.Flag{{ID: "VAGUE_DUTIES", Severity: model.SeverityLow, Reason: "one"}}, Risk: model.SeverityLow,
			Pay: &model.Pay{Min: 20, Max: 25, HourlyUSD: 22}, Hours: &model.Range{Min: 5, Max: 10}, PostedAt: &posted, Deadline: &deadline}
	}
	h0 := DocHash(base())
	same := base()
	same.Flags[0].Reason = "another reason" // the index holds flag ids only
	same.CompanyURL = "https://acme.test"   // not indexed
	if DocHash(same) != h0 {
		t.Error("a change the index does not hold changed the hash")
	}
	closed := posted.Add(time.Hour)
	for name, change := range map[string]func(*model.Listing){
		"id":         func(l *model.Listing) { l.ID = "gh-2" },
		"source":     func(l *model.Listing) { l.Source = "lever" },
		"title":      func(l *model.Listing) { l.Title = "Data Interns" },
		"company":    func(l *model.Listing) { l.Company = "Acme Inc" },
		"text":       func(l *model.Listing) { l.Text += "!" },
		"skills":     func(l *model.Listing) { l.Skills = []string{"Python", "SQL"} },
		"skill case": func(l *model.Listing) { l.Skills = []string{"python"} },
		"remote":     func(l *model.Listing) { l.Remote = "hybrid" },
		"regions":    func(l *model.Listing) { l.RemoteRegions = nil },
		"type":       func(l *model.Listing) { l.Type = "project" },
		"flag id":    func(l *model.Listing) { l.Flags[0].ID = "UNPAID" },
		"risk":       func(l *model.Listing) { l.Risk = model.SeverityHigh },
		"closed":     func(l *model.Listing) { l.ClosedAt = &closed },
		"duplicate":  func(l *model.Listing) { l.DuplicateOf = "gh-9" },
		"unpaid":     func(l *model.Listing) { l.Unpaid = true },
		"hourly":     func(l *model.Listing) { l.Pay.HourlyUSD = 23 },
		"hours":      func(l *model.Listing) { l.Hours.Max = 12 },
		"posted":     func(l *model.Listing) { p := posted.Add(time.Second); l.PostedAt = &p },
		"deadline":   func(l *model.Listing) { l.Deadline = nil },
		"split":      func(l *model.Listing) { l.Title, l.Company = "Data Intern Acme", "" },
	} {
		l := base()
		change(l)
		if DocHash(l) == h0 {
			t.Errorf("%s: changed the document but not the hash", name)
		}
	}
}
