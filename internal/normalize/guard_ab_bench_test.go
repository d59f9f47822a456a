package normalize

import (
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/textcue"
)

// threadCPU is the calling thread's CPU time: an A/B in one process on a
// locked thread is less disturbed by a loaded machine than two processes.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_THREAD, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// normspeed7BenchTexts are descriptions to measure on: desc.html,
// large.html, the shared fixtures (when present) and generated ones, 600
// in all.
func normspeed7BenchTexts(b *testing.B) []string {
	out := []string{Text(readTestdata(b, "desc.html")), Text(readTestdata(b, "large.html"))}
	if _, err := os.Stat(sharedFixtures); err == nil {
		for _, s := range fixtureTexts(b) {
			out = append(out, Text(s))
		}
	}
	rng := rand.New(rand.NewPCG(15, 15))
	for len(out) < 600 {
		// Not the few with runes that fold to ASCII letters, which take
		// the plain regexps over the whole text.
		if s := normspeed7Listing(rng) + normspeed7Listing(rng); !slowText(s) {
			out = append(out, s)
		}
	}
	return out
}

// BenchmarkNormspeed7AB: what each change of normspeed7 saves, old and
// new interleaved on one locked thread, in thread CPU ns a text
// (old-ns/op, new-ns/op):
//
//	go test -run '^$' -bench Normspeed7AB -benchtime 20x ./internal/normalize/
//
// effort: ParseEffort with and without the window checks; keyscan: the
// shared key scan before (scanKeysOld) and now; contains: the guards'
// look for "hybrid", "remote", "office", "hir", "employ" and "home" in a
// folded text by
// strings.Contains and by textcue.Contains.
func BenchmarkNormspeed7AB(b *testing.B) {
	texts := normspeed7BenchTexts(b)
	folded := make([]string, len(texts))
	for i, s := range texts {
		f := []byte(s)
		for j := range f {
			f[j] = textcue.Fold[f[j]]
		}
		folded[i] = string(f)
	}
	words := []string{"hybrid", "remote", "office", "hir", "employ", "home"}
	h := &keyHits{}
	for _, c := range []struct {
		name     string
		old, new func()
	}{
		{"effort", func() {
			effortChecksOff = true
			for _, s := range texts {
				ParseEffort(s)
			}
			effortChecksOff = false
		}, func() {
			for _, s := range texts {
				ParseEffort(s)
			}
		}},
		{"keyscan", func() {
			for _, s := range texts {
				scanKeysOld(s)
			}
		}, func() {
			for _, s := range texts {
				h.pos, h.key = h.pos[:0], h.key[:0]
				h.scan(s)
			}
		}},
		{"contains", func() {
			for _, s := range folded {
				for _, w := range words {
					strings.Contains(s, w)
				}
			}
		}, func() {
			for _, s := range folded {
				for _, w := range words {
					textcue.Contains(s, w)
				}
			}
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			var old, new time.Duration
			for b.Loop() {
				t0 := threadCPU()
				c.old()
				t1 := threadCPU()
				c.new()
				old, new = old+t1-t0, new+threadCPU()-t1
			}
			n := float64(b.N * len(texts))
			b.ReportMetric(float64(old)/n, "old-ns/op")
			b.ReportMetric(float64(new)/n, "new-ns/op")
		})
	}
}
