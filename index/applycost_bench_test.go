package index

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// BenchmarkApplyCost indexes GIGSCOUT_APPLY_N listings (default 20,000;
// ~250-word texts over a vocabulary of ~3,000 words, realistic facets) in
// Apply calls of BatchSize and reports the CPU per document, the measure
// of what indexing costs ingest (wall time is noisy on a shared machine):
//
//	go test -run '^$' -bench ApplyCost -benchtime 1x ./index/
//
// On the shared 2-core machine (load 7-10, 10,000 documents) it gave
// 0.90 cpu-ms/doc at BatchSize 1000 against 1.42 at 4000, and Scorch's
// unsafe_batch (Batch returns before the segment is persisted) 0.98 at
// 1000 and 1.11 at 4000: BatchSize stays 1000, batches stay safe.
func BenchmarkApplyCost(b *testing.B) {
	n, _ := strconv.Atoi(os.Getenv("GIGSCOUT_APPLY_N"))
	if n <= 0 {
		n = 20000
	}
	rng := rand.New(rand.NewPCG(3, 5))
	vocab := make([]string, 3000)
	for i := range vocab {
		var w strings.Builder
		for range 3 + rng.IntN(7) {
			w.WriteByte(byte('a' + rng.IntN(26)))
		}
		vocab[i] = w.String()
	}
	sk := []string{"Python", "SQL", "Excel", "Tableau", "Figma", "React", "Go", "Canva", "SEO", "Spanish", "QuickBooks", "Docker"}
	mkDoc := func(i int) model.Change {
		title := vocab[rng.IntN(100)] + " " + vocab[rng.IntN(300)] + " intern"
		l := mk(i, title, []string{"remote", "onsite", "hybrid"}[rng.IntN(3)], []string{"internship", "project", "contract"}[rng.IntN(3)],
			[]string{sk[rng.IntN(len(sk))], sk[rng.IntN(len(sk))]}, float64(rng.IntN(40)), model.SeverityLow)
		w := make([]string, 250)
		for k := range w {
			// Zipf-like: most words from the common head.
			w[k] = vocab[min(len(vocab)-1, int(rng.ExpFloat64()*300))]
		}
		l.Text = strings.Join(w, " ")
		l.ID = fmt.Sprintf("d%07d", i)
		l.Company = "Company " + vocab[rng.IntN(500)]
		l.Source = fmt.Sprintf("b%d", i/1000)
		return model.Change{Seq: int64(i + 1), ID: l.ID, Listing: l}
	}
	docs := make([]model.Change, n)
	for i := range docs {
		docs[i] = mkDoc(i)
	}
	for b.Loop() {
		x := mustOpen(b)
		cpu0, t0 := rusageCPU(), time.Now()
		for start := 0; start < n; start += BatchSize {
			if err := x.Apply(docs[start:min(start+BatchSize, n)]); err != nil {
				b.Fatal(err)
			}
		}
		cpu := rusageCPU() - cpu0
		b.ReportMetric(float64(cpu)/1e6/float64(n), "cpu-ms/doc")
		b.ReportMetric(float64(n)/time.Since(t0).Seconds(), "docs/s")

	}
}

func rusageCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
