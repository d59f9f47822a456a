package index

import (
	"context"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestSuggest(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	if _, err := x.CatchUp(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		prefix string
		want   []Suggestion // Kind and Text only
	}{
		{"title prefix of a word", "clea", []Suggestion{{Kind: SuggestTitle, Text: "Python data cleaning project"}}},
		{"skill case-insensitive", "pyth", []Suggestion{
			{Kind: SuggestTitle, Text: "Python data cleaning project"}, {Kind: SuggestSkill, Text: "Python"}}},
		{"company", "acm", []Suggestion{{Kind: SuggestCompany, Text: "acme labs"}}},
		{"company by a later word", "lab", []Suggestion{{Kind: SuggestCompany, Text: "acme labs"}}},
		{"complete words and a prefix", "data an", []Suggestion{{Kind: SuggestTitle, Text: "Data analysis micro-internship"}}},
		{"high risk titles hidden", "earn", nil},
		{"nothing", "zzzz", nil},
		{"punctuation only", "--", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := x.Suggest(ctx, tt.prefix, 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Suggest(%q) = %+v, want %+v", tt.prefix, got, tt.want)
			}
			for i := range got {
				if got[i].Kind != tt.want[i].Kind || got[i].Text != tt.want[i].Text {
					t.Errorf("Suggest(%q)[%d] = %+v, want %+v", tt.prefix, i, got[i], tt.want[i])
				}
				if got[i].Kind != SuggestSkill && got[i].ID == "" {
					t.Errorf("Suggest(%q)[%d] has no example id", tt.prefix, i)
				}
			}
		})
	}
}

func TestDidYouMean(t *testing.T) {
	ctx := context.Background()
	x := mustOpen(t)
	if _, err := x.CatchUp(ctx, corpus()); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ q, want string }{
		{"pyhton", "python"},
		{"data analisys", "data analysis"},
		{"researh -marketing", "research -marketing"},
		{"python", ""},        // found: nothing to say
		{"qqqqqqqq", ""},      // nothing near
		{`"ux research"`, ""}, // phrases are left alone
		{"cleaning projetc", "cleaning project"},
	}
	for _, tt := range tests {
		got, err := x.DidYouMean(ctx, tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("DidYouMean(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func BenchmarkSuggest(b *testing.B) {
	x := mustOpen(b)
	var ls []*model.Listing
	for i := range 2000 {
		ls = append(ls, mk(i, "Data analysis project", "remote", "project", []string{"Python", "SQL"}, 25, model.SeverityLow))
	}
	if _, err := x.CatchUp(context.Background(), changes(ls...)); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := x.Suggest(context.Background(), "data an", 5); err != nil {
			b.Fatal(err)
		}
	}
}
