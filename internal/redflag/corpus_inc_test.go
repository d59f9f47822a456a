package redflag

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// incState drives a Corpus and keeps the flags it reported, as ingest
// does: flags of the recomputed entries replaced, those of the gone ones
// dropped, every other entry's kept from before.
type incState struct {
	c     *Corpus
	cur   map[string]CorpusEntry
	flags map[string]model.Flag
}

func newIncState(initial []CorpusEntry) *incState {
	s := &incState{c: NewCorpus(), cur: map[string]CorpusEntry{}, flags: CorpusFlags(initial)}
	s.c.Load(initial)
	for _, e := range initial {
		s.cur[e.ID] = e
	}
	return s
}

// step applies one change and checks the flags against CorpusFlags over
// the whole corpus.
func (s *incState) step(t *testing.T, what string, changed []CorpusEntry, closed []string) {
	t.Helper()
	flags, recompute, gone := s.c.Update(changed, closed)
	keep := map[string]bool{}
	for _, e := range changed {
		keep[e.ID] = true
	}
	for _, id := range closed {
		if _, ok := s.cur[id]; ok && !keep[id] {
			delete(s.cur, id)
		}
	}
	for _, e := range changed {
		s.cur[e.ID] = e
	}
	for _, id := range gone {
		delete(s.flags, id)
	}
	for _, id := range recompute {
		if f, ok := flags[id]; ok {
			s.flags[id] = f
		} else {
			delete(s.flags, id)
		}
	}
	for id := range flags {
		if !slices.Contains(recompute, id) {
			t.Fatalf("%s: flag of %s not among the recomputed", what, id)
		}
	}
	all := make([]CorpusEntry, 0, len(s.cur))
	for _, e := range s.cur {
		all = append(all, e)
	}
	if s.c.Len() != len(all) {
		t.Fatalf("%s: corpus holds %d entries, want %d", what, s.c.Len(), len(all))
	}
	// The reference without bucket tables (the same flags, see
	// TestCorpusFlagsMatchesAllPairs; building them at every step made
	// the test slow), whatever the Corpus's base uses.
	from := indexFrom
	indexFrom = 1 << 30
	want := CorpusFlags(all)
	indexFrom = from
	if !reflect.DeepEqual(s.flags, want) {
		for id := range want {
			if !reflect.DeepEqual(s.flags[id], want[id]) {
				t.Errorf("%s: %s: got %+v\nwant %+v", what, id, s.flags[id], want[id])
				break
			}
		}
		for id := range s.flags {
			if _, ok := want[id]; !ok {
				t.Errorf("%s: %s flagged, want none", what, id)
				break
			}
		}
		t.Fatalf("%s: %d flags, want %d (%d entries)", what, len(s.flags), len(want), len(all))
	}
}

// mutate returns e changed the ways a listing changes, borrowing from other (another entry) to make copies.
func mutate(r *rand.Rand, e, other CorpusEntry) CorpusEntry {
	switch r.IntN(9) {
	case 0:
		e.TextSim = flipBits(r, e.TextSim, r.IntN(20))
	case 1:
		e.InfoSim, e.InfoLen = other.InfoSim, other.InfoLen
	case 2:
		e.CompanyKey, e.Company = other.CompanyKey, other.Company
	case 3:
		e.Identified = !e.Identified
	case 4:
		e.TextLen = r.IntN(800)
	case 5:
		e.Sketch = TextSketch{}
	case 6: // a text copied with changes
		e.Sketch = synthSketch(r, &other.Sketch, r.IntN(40), r.IntN(4), r.IntN(5) == 0)
		e.TextSim, e.TextLen = flipBits(r, other.TextSim, r.IntN(14)), other.TextLen
	case 7: // the same lead exactly (lead groups grow past smallLeadGroup)
		e.Sketch.Lead, e.Sketch.LeadKey, e.Sketch.Chunks = other.Sketch.Lead, other.Sketch.LeadKey, other.Sketch.Chunks
		e.Fingerprint = other.Fingerprint
	case 8:
		e.Fingerprint = "fp" + strconv.Itoa(r.IntN(3))
		e.Title += "!"
	}
	return e
}

// TestCorpusIncremental: random sequences of arrivals, changes, closures,
// reopenings and unchanged re-reads; after each step the flags kept
// through Corpus.Update are exactly CorpusFlags over the whole corpus.
func TestCorpusIncremental(t *testing.T) {
	defer func(n, o int) { indexFrom, minOver = n, o }(indexFrom, minOver)
	for seed := range uint64(8) {
		// Bucket tables in the base or not; the base rebuilt often or
		// not at all.
		indexFrom, minOver = []int{0, 4096}[seed%2], []int{8, 4096}[seed/2%2]
		r := rand.New(rand.NewPCG(seed, 77))
		pool := synthCorpus(seed+100, 1500, 3)
		initial := []CorpusEntry{}
		if seed%2 == 1 {
			initial, pool = pool[:400], pool[400:]
		}
		s := newIncState(initial)
		var closedOnes []CorpusEntry
		for step := range 40 {
			ids := make([]string, 0, len(s.cur))
			for id := range s.cur {
				ids = append(ids, id)
			}
			slices.Sort(ids)
			pick := func() CorpusEntry { return s.cur[ids[r.IntN(len(ids))]] }
			var changed []CorpusEntry
			var closed []string
			for range r.IntN(30) { // arrivals
				if len(pool) > 0 {
					changed, pool = append(changed, pool[0]), pool[1:]
				}
			}
			if len(ids) > 0 {
				for range r.IntN(15) { // changes, some unchanged re-reads
					e := pick()
					if r.IntN(4) > 0 {
						e = mutate(r, e, pick())
					}
					changed = append(changed, e)
				}
				for range r.IntN(10) { // closures
					id := ids[r.IntN(len(ids))]
					closed = append(closed, id)
					closedOnes = append(closedOnes, s.cur[id])
				}
			}
			if len(closedOnes) > 0 && r.IntN(3) == 0 { // a reopening
				changed = append(changed, closedOnes[r.IntN(len(closedOnes))])
			}
			closed = append(closed, "never-seen")
			s.step(t, "seed "+strconv.FormatUint(seed, 10)+" step "+strconv.Itoa(step), changed, closed)
		}
		if len(s.flags) == 0 {
			t.Fatalf("seed %d: nothing flagged", seed)
		}
	}
}

// TestCorpusIncrementalLargeGroups: one lead and one text copied by many
// employers (summarized lead groups, large SimHash groups), copies
// arriving and leaving one by one.
func TestCorpusIncrementalLargeGroups(t *testing.T) {
	defer func(n, o int) { indexFrom, minOver = n, o }(indexFrom, minOver)
	indexFrom, minOver = 0, 4
	r := rand.New(rand.NewPCG(5, 6))
	lead := randomSketch(r, true)
	s := newIncState(nil)
	var live []string
	for i := range 120 {
		e := CorpusEntry{ID: "id" + strconv.Itoa(i), Source: "s", URL: "https://s.test/" + strconv.Itoa(i), Title: "t",
			TextSim: r.Uint64(), TextLen: 900, Sketch: synthSketch(r, &lead, r.IntN(20), 0, false)}
		if i%2 == 0 { // half of them one text and one profile too
			e.TextSim, e.InfoSim, e.InfoLen = 0xF0F0F0F0F0F0F0F0^uint64(i%4), 0x0F0F0F0F0F0F0F0F, 300
		}
		if i%5 != 0 {
			e.Company, e.CompanyKey = "C"+strconv.Itoa(i%7), "c"+strconv.Itoa(i%7)
		}
		if i%3 == 0 {
			e.Fingerprint = "fp" + strconv.Itoa(i%2)
		}
		var closed []string
		if i%4 == 3 {
			k := r.IntN(len(live))
			closed = append(closed, live[k])
			live = slices.Delete(live, k, k+1)
		}
		live = append(live, e.ID)
		s.step(t, "arrival "+strconv.Itoa(i), []CorpusEntry{e}, closed)
	}
	leadFlags := 0
	for _, f := range s.flags {
		if strings.Contains(f.Reason, "opening paragraph") {
			leadFlags++
		}
	}
	if leadFlags == 0 {
		t.Fatal("no lead-paragraph flags")
	}
	for len(live) > 0 {
		s.step(t, "closing "+live[0], nil, live[:1])
		live = live[1:]
	}
}

// FuzzCorpusIncremental: a byte string drives arrivals, changes and
// closures over a small corpus with few distinct fingerprints (so copies
// are common); the flags kept through Update match CorpusFlags after each.
func FuzzCorpusIncremental(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
	f.Add([]byte("arrive change close arrive arrive close change"))
	defer func(n, o int) { indexFrom, minOver = n, o }(indexFrom, minOver)
	indexFrom, minOver = 4096, 2 // the base rebuilt often; no bucket tables (slow to build per step)
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 64 {
			ops = ops[:64]
		}
		r := rand.New(rand.NewPCG(1, 2))
		leads := []TextSketch{randomSketch(r, true), randomSketch(r, true), randomSketch(r, false)}
		texts := []uint64{0xF0F0F0F0F0F0F0F0, 0xF0F0F0F0F0F0F0F0 ^ 0x7F, 0x123456789ABCDEF0}
		s := newIncState(nil)
		mk := func(n int, b byte) CorpusEntry {
			e := CorpusEntry{ID: "id" + strconv.Itoa(n), Source: "s" + strconv.Itoa(int(b)%3), URL: "u" + strconv.Itoa(n),
				TextSim: texts[int(b)%3], TextLen: 300 + int(b>>2)%3*200, InfoSim: texts[int(b>>1)%3] ^ 0x11, InfoLen: 250,
				Sketch: leads[int(b>>3)%3], Identified: b&0x40 != 0}
			if k := int(b>>4) % 4; k > 0 {
				e.Company, e.CompanyKey = "C"+strconv.Itoa(k), "c"+strconv.Itoa(k)
			}
			if b&0x80 != 0 {
				e.Fingerprint = "fp"
			}
			return e
		}
		n := 0
		for i, b := range ops {
			switch b % 4 {
			case 0, 1: // arrival
				s.step(t, "op "+strconv.Itoa(i), []CorpusEntry{mk(n, b)}, nil)
				n++
			case 2: // change of an earlier one (or its return)
				if n > 0 {
					s.step(t, "op "+strconv.Itoa(i), []CorpusEntry{mk(int(b)%n, b^0x5A)}, nil)
				}
			case 3: // closure
				if n > 0 {
					s.step(t, "op "+strconv.Itoa(i), nil, []string{"id" + strconv.Itoa(int(b>>2)%n)})
				}
			}
		}
	})
}

// BenchmarkCorpusIncremental: a change of 100 listings changed, 50 new
// and 50 closed in 2,000, 20,000 and 200,000 synthetic listings through
// Corpus.Update, applied and undone in turn (each Update counts as one
// op). BenchmarkCorpusFull is the same change with every listing compared
// again.
func BenchmarkCorpusIncremental(b *testing.B) {
	for _, n := range []int{2000, 20000, 200000} {
		prev := synthCorpus(7, n, 50)
		r := rand.New(rand.NewPCG(3, 4))
		var changed, undo []CorpusEntry
		var closed, unclosed []string
		for _, e := range prev[:50] {
			closed = append(closed, e.ID)
			undo = append(undo, e)
		}
		picked := map[int]bool{}
		for len(picked) < 100 {
			i := 50 + r.IntN(n-50)
			if picked[i] {
				continue
			}
			picked[i] = true
			e := prev[i]
			undo = append(undo, e)
			e.TextSim = flipBits(r, e.TextSim, 1+r.IntN(20))
			changed = append(changed, e)
		}
		add := synthCorpus(8, 50, 5)
		for i := range add {
			add[i].ID = "new" + strconv.Itoa(i)
			unclosed = append(unclosed, add[i].ID)
		}
		changed = append(changed, add...)
		c := NewCorpus()
		c.Load(prev)
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			var touched int
			cpu0 := cpuTime()
			k := 0
			for b.Loop() {
				var recompute []string
				if k%2 == 0 {
					_, recompute, _ = c.Update(changed, closed)
				} else {
					_, recompute, _ = c.Update(undo, unclosed)
				}
				k++
				touched = len(recompute)
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(touched), "recomputed")
		})
	}
}
