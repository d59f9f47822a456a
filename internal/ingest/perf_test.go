package ingest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/store"
)

// BenchmarkPut: the pipeline's cost per listing (normalize, flags, store,
// index) for 200-posting batches of one growing board with ~250-word HTML
// descriptions; cpu-ms/listing is steadier than wall time on a shared
// machine.
func BenchmarkPut(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	st, err := store.Open(ctx, filepath.Join(dir, "db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ix, err := index.Open(filepath.Join(dir, "idx"))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	p := &Pipeline{Store: st, Index: ix, Engine: redflag.New(redflag.Options{}), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	rng := rand.New(rand.NewPCG(1, 1))
	words := strings.Fields("you will clean and merge survey answers build a small dashboard that tracks weekly sign-ups draft social posts " +
		"interview customers summarize needs write automated tests redesign onboarding screens research competitors present a comparison " +
		"our team is small friendly and distributed a mentor meets you every week python sql excel tableau figma report deliverable")
	n := 0
	batch := func() []model.Posting {
		out := make([]model.Posting, 200)
		for i := range out {
			n++
			var para []string
			for range 5 {
				var w []string
				for range 50 {
					w = append(w, words[rng.IntN(len(words))])
				}
				para = append(para, "<p>"+strings.Join(w, " ")+".</p>")
			}
			para = append(para, fmt.Sprintf("<p>We pay $%d for about %d hours of work over three weeks.</p>", 200+rng.IntN(20)*25, 10+rng.IntN(20)))
			out[i] = model.Posting{Source: "gh-acme", Kind: "greenhouse", ExternalID: fmt.Sprint(n), URL: fmt.Sprint("https://x/", n),
				Title: "Data Analysis Micro-Internship " + fmt.Sprint(n%97), Company: "Acme Analytics", Locations: []string{"Remote (United States)"},
				DescriptionHTML: strings.Join(para, "")}
		}
		return out
	}
	run := &crawler.Run{Source: "gh-acme", Seen: map[string]struct{}{}}
	cpu0 := cpuTime()
	for b.Loop() {
		if err := p.Put(ctx, run, batch()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/1e6/float64(b.N*200), "cpu-ms/listing")
	b.ReportMetric(float64(b.N*200)/b.Elapsed().Seconds(), "listings/s")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
