package web

import (
	"bytes"
	"testing"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
)

// TestWithTookSameAsEncoding checks that setting took_ms in the basis
// bytes gives exactly what encoding the response with it gives, including
// responses whose listings' text spells the envelope's keys.
func TestWithTookSameAsEncoding(t *testing.T) {
	tricky := `"meta":{"total":3,"took_ms":0,"facets":{}} and ,"took_ms":0,`
	cases := []struct {
		name string
		res  SearchResponse
		took int64
	}{
		{"empty", SearchResponse{Data: []Result{}, Meta: SearchMeta{Warnings: []string{}}}, 7},
		{"zero took", SearchResponse{Data: []Result{}, Meta: SearchMeta{Total: 0}}, 0},
		{"large took", SearchResponse{Meta: SearchMeta{Total: 12345}}, 987654321},
		{"listing text spells the keys", SearchResponse{
			Data: []Result{{Listing: &model.Listing{ID: "a", Title: tricky, Company: tricky}, Snippet: tricky}},
			Meta: SearchMeta{Total: 1, Warnings: []string{tricky}, Suggestion: tricky},
		}, 42},
		{"facet named took_ms", SearchResponse{
			Data: []Result{},
			Meta: SearchMeta{Total: 2, Facets: map[string][]index.FacetCount{"took_ms": {{Value: "took_ms", Count: 0}}},
				NextCursor: "c", Presets: map[string][]string{"took_ms": {"0"}}},
		}, 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := tc.res
			res.Meta.TookMS = 0
			basis, err := encodeJSON(&res)
			if err != nil {
				t.Fatal(err)
			}
			got, err := withTook(basis, &res, tc.took)
			if err != nil {
				t.Fatal(err)
			}
			want := tc.res
			want.Meta.TookMS = tc.took
			wantBody, err := encodeJSON(&want)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, wantBody) {
				t.Errorf("withTook:\n got %s\nwant %s", got, wantBody)
			}
		})
	}
}
