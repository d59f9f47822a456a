package web

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// benchListings are n listings varied over the test set.
func benchListings(n int) []*model.Listing {
	base := testListings()
	out := make([]*model.Listing, 0, n)
	for i := range n {
		l := *base[i%len(base)]
		l.ID = fmt.Sprintf("b%05d", i)
		l.ExternalID = l.ID
		l.Fingerprint = ""
		l.Source = []string{"brightpath", "acme", "remotive", "remoteok"}[i%4]
		l.Title = fmt.Sprintf("%s %d", l.Title, i%97)
		posted := testNow.AddDate(0, 0, -(i % 60))
		l.PostedAt = &posted
		out = append(out, &l)
	}
	return out
}

// BenchmarkSearchHandler measures GET /api/v1/search through the whole
// handler (middleware, parsing, index, store, JSON) over 2,000 listings.
func BenchmarkSearchHandler(b *testing.B) {
	st, x := mustData(b, benchListings(2000))
	h := New(Options{Store: st, Index: x, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), RateLimit: RateLimit{Disabled: true}}).Handler()
	for _, bm := range []struct{ name, target string }{
		{"newest", "/api/v1/search"},
		{"words", "/api/v1/search?q=data+analysis"},
		{"words_filters", "/api/v1/search?q=project&type=project&skill=Python&remote=remote&paid=true"},
		{"phrase_not", "/api/v1/search?q=%22data+analysis%22+-marketing&sort=pay"},
		{"few_results_did_you_mean", "/api/v1/search?q=pyhton+cleening"},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, bm.target, nil))
				if w.Code != http.StatusOK {
					b.Fatalf("%d %s", w.Code, w.Body)
				}
			}
		})
	}
}

func BenchmarkSearchPage(b *testing.B) {
	st, x := mustData(b, benchListings(2000))
	h := New(Options{Store: st, Index: x, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), RateLimit: RateLimit{Disabled: true}}).Handler()
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/?q=data&type=project", nil))
		if w.Code != http.StatusOK {
			b.Fatal(w.Code)
		}
	}
}
