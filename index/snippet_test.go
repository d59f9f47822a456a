package index

import (
	"context"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestSnippet(t *testing.T) {
	long := strings.Repeat("Filler words about the team and the weekly rhythm. ", 10)
	cases := []struct {
		name, text, q string
		want          []string // substrings of the snippet
		empty         bool
	}{
		{name: "stem and case", text: "You will Clean the data and deliver dashboards.", q: "cleaning dashboard",
			want: []string{"<mark>Clean</mark>", "<mark>dashboards</mark>"}},
		{name: "phrase words", text: "Plan ten social media posts a week.", q: `"social media"`, want: []string{"<mark>social</mark> <mark>media</mark>"}},
		{name: "escapes HTML", text: "Build <b>tools</b> & data pipelines", q: "data", want: []string{"&amp; <mark>data</mark>", "&lt;b&gt;"}},
		{name: "window around the hits", text: long + "The deliverable is a Python report. " + long, q: "python report",
			want: []string{"…", "<mark>Python</mark> <mark>report</mark>"}},
		{name: "no words", text: "anything", q: "", empty: true},
		{name: "no match", text: "Design posters", q: "python", empty: true},
		{name: "excluded words only", text: "Python", q: "-python", empty: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Snippet(c.text, c.q)
			if c.empty != (got == "") {
				t.Fatalf("Snippet = %q, empty want %v", got, c.empty)
			}
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("Snippet = %q, want it to contain %q", got, w)
				}
			}
			if len(got) > 2*snippetSize+100 {
				t.Errorf("snippet of %d bytes", len(got))
			}
		})
	}
}

func FuzzSnippet(f *testing.F) {
	f.Add("You will clean the data.", "clean data")
	f.Add("ünïcödé — text with “quotes” and <tags>", `"text with"`)
	f.Fuzz(func(t *testing.T, text, q string) {
		s := Snippet(text, q)
		if strings.Count(s, "<mark>") != strings.Count(s, "</mark>") {
			t.Fatalf("unbalanced marks in %q", s)
		}
	})
}

// TestPhraseInText: a phrase found only in a listing's description is
// found (the text keeps its positions though it is not stored).
func TestPhraseInText(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	l := mk(1, "Marketing intern", "remote", "internship", nil, 20, model.SeverityLow)
	l.Text = "You will plan ten social media posts a week."
	other := mk(2, "Media intern", "remote", "internship", nil, 20, model.SeverityLow)
	other.Text = "Social posts and media kits."
	if err := x.Apply([]model.Change{{Seq: 1, ID: l.ID, Listing: l}, {Seq: 2, ID: other.ID, Listing: other}}); err != nil {
		t.Fatal(err)
	}
	res, err := x.Search(ctx, Query{Text: `"social media"`})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Hits[0].ID != l.ID {
		t.Errorf("phrase in text: %d hits %+v, want only %s", res.Total, res.Hits, l.ID)
	}
}
