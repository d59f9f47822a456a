package crawler

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestPostings(t *testing.T) {
	type job struct{ id, title string }
	posting := func(j *job) (model.Posting, bool) {
		return model.Posting{ExternalID: j.id, Title: j.title}, j.id != "" && j.title != ""
	}
	tests := []struct {
		name string
		jobs []job
		want string // id:title of the postings, in order
	}{
		{"none", nil, ""},
		{"order kept", []job{{"b", "B"}, {"a", "A"}}, "b:B a:A"},
		{"first of a repeated id wins", []job{{"a", "first"}, {"b", "B"}, {"a", "second"}}, "a:first b:B"},
		{"refused items left out", []job{{"", "no id"}, {"a", ""}, {"c", "C"}}, "c:C"},
		{"a refused item does not claim its id", []job{{"a", ""}, {"a", "A"}}, "a:A"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range Postings(tt.jobs, posting) {
				got = append(got, p.ExternalID+":"+p.Title)
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("got %q, want %q", s, tt.want)
			}
		})
	}
}
