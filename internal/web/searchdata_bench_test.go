package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/store"
)

// BenchmarkSearchDataDir runs the benchmark's request shapes through the
// whole handler over a data directory built by `gigbench -direct -dir D`
// (D/data): GIGSCOUT_BENCH_DATA=D/data go test -bench SearchDataDir
// -cpuprofile cpu.out ./internal/web/. Skipped without the variable.
func BenchmarkSearchDataDir(b *testing.B) {
	dir := os.Getenv("GIGSCOUT_BENCH_DATA")
	if dir == "" {
		b.Skip("GIGSCOUT_BENCH_DATA is not set (a data directory built by gigbench -direct)")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, "gigscout.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	x, err := index.Open(filepath.Join(dir, "index.bleve"))
	if err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	if _, err := x.CatchUp(ctx, st); err != nil { // after a mapping change
		b.Fatal(err)
	}
	h := New(Options{Store: st, Index: x, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), RateLimit: RateLimit{Disabled: true},
		Admission: Admission{Disabled: true}}).Handler()
	for _, bm := range []struct{ name, target string }{
		{"one_word", "/api/v1/search?q=data"},
		{"three_words", "/api/v1/search?q=remote+data+project"},
		{"three_words_facets", "/api/v1/search?q=remote+data+project&remote=remote&type=internship&paid=true"},
		{"phrase", "/api/v1/search?q=%22social+media%22"},
		{"filters_only", "/api/v1/search?remote=remote&type=internship&paid=true"},
		{"sort_newest", "/api/v1/search?q=marketing&sort=newest"},
	} {
		b.Run(bm.name, func(b *testing.B) {
			cpu0 := cpuNow()
			for b.Loop() {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, bm.target, nil))
				if w.Code != http.StatusOK {
					b.Fatalf("%d %s", w.Code, w.Body)
				}
			}
			// CPU time varies less than wall time on a shared machine.
			b.ReportMetric(float64(cpuNow()-cpu0)/1e6/float64(b.N), "cpu-ms/op")
		})
	}
}

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
