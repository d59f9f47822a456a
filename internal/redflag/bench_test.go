package redflag

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// pipelineListings builds n listings shaped like ingest's BenchmarkPut
// batches: a named employer with no profile, five paragraphs of about 50
// words of concrete tasks, and a fixed fee for stated hours (the shape
// whose red-flag cost dominates a crawl).
func pipelineListings(n int) []model.Listing {
	rng := rand.New(rand.NewPCG(1, 1))
	words := strings.Fields("you will clean and merge survey answers build a small dashboard that tracks weekly sign-ups draft social posts " +
		"interview customers summarize needs write automated tests redesign onboarding screens research competitors present a comparison " +
		"our team is small friendly and distributed a mentor meets you every week python sql excel tableau figma report deliverable")
	out := make([]model.Listing, n)
	for i := range out {
		var para []string
		for range 5 {
			var w []string
			for range 50 {
				w = append(w, words[rng.IntN(len(words))])
			}
			para = append(para, strings.Join(w, " ")+".")
		}
		fee := float64(200 + rng.IntN(20)*25)
		hours := float64(10 + rng.IntN(20))
		para = append(para, fmt.Sprintf("We pay $%.0f for about %.0f hours of work over three weeks.", fee, hours))
		out[i] = model.Listing{
			Title: fmt.Sprintf("Data Analysis Micro-Internship %d", i%97), Company: "Acme Analytics",
			URL: fmt.Sprint("https://x/", i), Text: strings.Join(para, "\n\n"),
			Pay:   &model.Pay{Min: fee, Max: fee, Currency: "USD", Unit: model.UnitProject, Hourly: fee / hours, HourlyUSD: fee / hours},
			Hours: &model.Range{Min: hours, Max: hours}, ProjectBased: true,
		}
	}
	return out
}

// BenchmarkAssessPipeline: the rules' cost per listing on the pipeline's
// listing shape (see pipelineListings); ns/op is per listing.
func BenchmarkAssessPipeline(b *testing.B) {
	ls := pipelineListings(64)
	eng := New(Options{})
	b.ReportAllocs()
	i := 0
	cpu0 := cpuTime()
	for b.Loop() {
		c := ls[i%len(ls)]
		eng.Assess(&c)
		i++
	}
	// CPU time is steadier than wall time on a shared machine.
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/listing")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkAssessLongUnbroken: a long text without sentence breaks, full
// of digit runs and cue words: the worst case of the gates (one window is
// the whole text, so each pattern runs on all of it, as without gates);
// each sentence is still judged once, so the cost stays linear in length.
func BenchmarkAssessLongUnbroken(b *testing.B) {
	text := strings.Repeat("call 555 123 4567 only 5 spots send your full name and age from home urgent ", 500)
	l := model.Listing{Title: "Helper", Company: "Acme", Text: text}
	eng := New(Options{})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		c := l
		eng.Assess(&c)
	}
}
