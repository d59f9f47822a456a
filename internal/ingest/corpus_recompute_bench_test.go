package ingest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/store"
)

// growthCorpus makes the listings of BenchmarkCorpusGrowth: ads of about
// 1,500 bytes from a shared vocabulary, one in twenty a copy of an earlier
// ad (a few words changed) under another employer, an employer for every
// ten listings, a third of them with a profile.
type growthCorpus struct {
	r     *rand.Rand
	words []string
	texts []string // every text made, for the copies
	n     int
}

func newGrowthCorpus() *growthCorpus {
	g := &growthCorpus{r: rand.New(rand.NewPCG(11, 12))}
	for i := range 5000 {
		g.words = append(g.words, "w"+strconv.FormatInt(int64(i)*7919%100003, 36))
	}
	return g
}

func (g *growthCorpus) text() string {
	r := g.r
	if len(g.texts) > 100 && r.IntN(20) == 0 {
		ws := strings.Fields(g.texts[r.IntN(len(g.texts))])
		for range 1 + r.IntN(4) {
			ws[r.IntN(len(ws))] = g.words[r.IntN(len(g.words))]
		}
		return strings.Join(ws, " ")
	}
	var b strings.Builder
	for b.Len() < 1500 {
		b.WriteString(g.words[r.IntN(len(g.words))])
		b.WriteByte(' ')
	}
	return b.String()
}

// listing returns listing k (a new one, or a re-crawl with another text
// when it was made before).
func (g *growthCorpus) listing(k int) *model.Listing {
	ext := strconv.Itoa(k)
	text := g.text()
	if len(g.texts) < 20000 {
		g.texts = append(g.texts, text)
	} else {
		g.texts[g.r.IntN(len(g.texts))] = text
	}
	c := g.r.IntN(max(g.n/10, 50))
	l := &model.Listing{ID: model.ListingID("s"+strconv.Itoa(k%40), ext), Source: "s" + strconv.Itoa(k%40), ExternalID: ext,
		URL: "https://s.test/" + ext, Title: "Assistant " + strconv.Itoa(k%97), Company: "Company " + strconv.Itoa(c),
		Text: text, TextSimHash: normalize.TextSimHash(text), Risk: model.SeverityLow, Flags: []model.Flag{}}
	if c%3 == 0 {
		l.CompanyInfo = "Company " + strconv.Itoa(c) + " has run its own shops since " + strconv.Itoa(1950+c%70) +
			" and employs people in many towns, with a profile long enough to compare across employers and boards."
	}
	return l
}

// growthRounds is how many times BenchmarkCorpusGrowth measures each size
// (growing the store to 200,000 listings takes minutes; -count 1 gives
// this many samples).
const growthRounds = 3

// BenchmarkCorpusGrowth: the incremental cross-listing recompute after a
// crawl's batch (1,000 new listings, 100 re-crawled with a new text) on a
// store holding n listings, grown through the same recomputes; cpu-ms/op
// is the recompute's (the upserts not counted), what should follow the
// batch and not n.
func BenchmarkCorpusGrowth(b *testing.B) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	p := &Pipeline{Store: st, Engine: redflag.New(redflag.Options{})}
	p.keepWritten()
	g := newGrowthCorpus()
	store1 := func(ls []*model.Listing) {
		out, err := st.Upsert(ctx, ls)
		if err != nil {
			b.Fatal(err)
		}
		var ids []string
		for i, o := range out {
			if o != store.Unchanged {
				ids = append(ids, ls[i].ID)
			}
		}
		p.corpus.touch(ids)
	}
	batch := func(fresh, again int) {
		var ls []*model.Listing
		for range fresh {
			ls = append(ls, g.listing(g.n))
			g.n++
		}
		for range again {
			ls = append(ls, g.listing(g.r.IntN(g.n)))
		}
		for len(ls) > 0 {
			k := min(len(ls), 200)
			store1(ls[:k])
			ls = ls[k:]
		}
	}
	for _, n := range []int{20000, 80000, 200000} {
		for g.n < n { // grown as a crawl grows it: a recompute every 4,000
			batch(min(4000, n-g.n), 0)
			if err := p.RecomputeCorpus(ctx); err != nil {
				b.Fatal(err)
			}
		}
		for range growthRounds { // repeated here: -count would grow the store again
			b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
				var cpu float64
				for b.Loop() {
					b.StopTimer()
					batch(1000, 100)
					b.StartTimer()
					c0 := cpuTime()
					if err := p.RecomputeCorpus(ctx); err != nil {
						b.Fatal(err)
					}
					cpu += float64(cpuTime() - c0)
				}
				b.ReportMetric(cpu/1e6/float64(b.N), "cpu-ms/op")
			})
		}
	}
}
