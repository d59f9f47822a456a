package crawler

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

func TestLimitPosting(t *testing.T) {
	tests := []struct {
		name   string
		mod    func(*model.Posting)
		check  func(*model.Posting) bool
		note   string // a note that must be given; "" for none
		usable bool
	}{
		{"untouched", func(p *model.Posting) {}, func(p *model.Posting) bool { return p.Title == "t 1" }, "", true},
		{"huge description", func(p *model.Posting) { p.DescriptionHTML = strings.Repeat("<p>word</p>", 1_000_000) },
			func(p *model.Posting) bool { return len(p.DescriptionHTML) == MaxDescription }, "description cut to 100000 bytes", true},
		{"long title cut on a rune", func(p *model.Posting) { p.Title = strings.Repeat("é", 400) },
			func(p *model.Posting) bool { return len(p.Title) <= MaxTitle && utf8.ValidString(p.Title) }, "title cut to 300 bytes", true},
		{"long company", func(p *model.Posting) { p.Company = strings.Repeat("A", 5000) },
			func(p *model.Posting) bool { return len(p.Company) == MaxCompany }, "company cut to 200 bytes", true},
		{"javascript apply", func(p *model.Posting) { p.ApplyURL = "javascript:alert(1)" },
			func(p *model.Posting) bool { return p.ApplyURL == "" }, "apply_url dropped: not an http(s) URL (javascript:)", true},
		{"data company url", func(p *model.Posting) { p.CompanyURL = "data:text/html,x" },
			func(p *model.Posting) bool { return p.CompanyURL == "" }, "company_url dropped: not an http(s) URL (data:)", true},
		{"vbscript posting url", func(p *model.Posting) { p.URL = " VBScript:x" },
			func(p *model.Posting) bool { return p.URL == "" }, "url dropped: not an http(s) URL (vbscript:)", false},
		{"relative url", func(p *model.Posting) { p.URL = "/jobs/1" },
			func(p *model.Posting) bool { return p.URL == "" }, "url dropped: not an http(s) URL (relative or malformed)", false},
		{"many locations", func(p *model.Posting) { p.Locations = make([]string, 500) },
			func(p *model.Posting) bool { return len(p.Locations) == MaxList }, "locations cut to 50", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := posting("1")
			tt.mod(&p)
			var got []string
			usable := LimitPosting(&p, func(s string) { got = append(got, s) })
			if usable != tt.usable || !tt.check(&p) {
				t.Errorf("usable=%v, posting %.200v", usable, p)
			}
			if (tt.note == "") != (len(got) == 0) || (tt.note != "" && !strings.Contains(strings.Join(got, "|"), tt.note)) {
				t.Errorf("notes %q, want %q", got, tt.note)
			}
		})
	}
}

// The run records each kind of cut once, with the number of postings.
func TestRunRecordsNotes(t *testing.T) {
	a, b, c := posting("1"), posting("2"), posting("3")
	a.DescriptionText = strings.Repeat("x", MaxDescription+1)
	b.DescriptionText = strings.Repeat("y", MaxDescription+5)
	c.URL = "javascript:alert(1)"
	sink := &recSink{}
	run, err := (&Runner{Fetcher: nil, Sink: sink, Logger: discard()}).Run(context.Background(), &fakeSource{postings: []model.Posting{a, b, c}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"description cut to 100000 bytes (2 postings)", "url dropped: not an http(s) URL (javascript:) (1 posting)"}
	if strings.Join(run.Notes, "|") != strings.Join(want, "|") {
		t.Errorf("notes %q, want %q", run.Notes, want)
	}
	if run.Fetched != 2 || run.Errors != 1 {
		t.Errorf("fetched %d errors %d, want 2 and 1", run.Fetched, run.Errors)
	}
}
