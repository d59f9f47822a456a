package redflag

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// corpusFlagsAllPairs is the former CorpusFlags, kept as the reference: it
// compares every pair of listings. CorpusFlags must give the same result.
func corpusFlagsAllPairs(es []CorpusEntry) map[string]model.Flag {
	type finding struct{ otherNames, copiedInfo, noProfileGo, copiedLead []int }
	find := make([]finding, len(es))
	keys := make([]int32, len(es))
	texts := make([]uint64, len(es))
	infos := make([]uint64, len(es))
	ident := make([]bool, len(es))
	ids := map[string]int32{}
	for i := range es {
		e := &es[i]
		if e.CompanyKey != "" {
			k, ok := ids[e.CompanyKey]
			if !ok {
				k = int32(len(ids) + 1)
				ids[e.CompanyKey] = k
			}
			keys[i] = k
		}
		if e.TextLen >= minReuseText {
			texts[i] = e.TextSim
		}
		if e.InfoLen >= minReuseInfo {
			infos[i] = e.InfoSim
		}
		ident[i] = e.Identified
	}
	for i := range es {
		ka, ta, ia := keys[i], texts[i], infos[i]
		for j := i + 1; j < len(es); j++ {
			kb := keys[j]
			differ := ka != 0 && kb != 0 && ka != kb
			if near(ta, texts[j]) && textsAgree(&es[i].Sketch, &es[j].Sketch) {
				switch {
				case differ:
					find[i].otherNames = append(find[i].otherNames, j)
					find[j].otherNames = append(find[j].otherNames, i)
				case ka == kb && !ident[i] && !ident[j]:
					find[i].noProfileGo = append(find[i].noProfileGo, j)
					find[j].noProfileGo = append(find[j].noProfileGo, i)
				}
			}
			if differ && near(ia, infos[j]) {
				find[i].copiedInfo = append(find[i].copiedInfo, j)
				find[j].copiedInfo = append(find[j].copiedInfo, i)
			}
			sameOpportunity := es[i].Fingerprint != "" && es[i].Fingerprint == es[j].Fingerprint
			if differ && !sameOpportunity && leadsNear(&es[i].Sketch, &es[j].Sketch) {
				find[i].copiedLead = append(find[i].copiedLead, j)
				find[j].copiedLead = append(find[j].copiedLead, i)
			}
		}
	}
	out := map[string]model.Flag{}
	for i := range es {
		f := find[i]
		var others []int
		var why string
		sev := model.SeverityHigh
		evidence := structural(FieldText)
		switch {
		case len(f.otherNames) > 0:
			others, why = f.otherNames, "same text under other employer names"
		case len(f.copiedInfo) > 0:
			others, why = f.copiedInfo, "company profile copied from another employer"
			evidence = structural(FieldCompanyInfo)
		case len(f.copiedLead) > 0:
			others, why = f.copiedLead, "opening paragraph copied, word for word or nearly, under other employer names"
		case len(f.noProfileGo)+1 >= minNoProfileRepeats:
			others, why = f.noProfileGo, "same text posted in many places by an employer with no profile"
			sev = model.SeverityMedium
		default:
			continue
		}
		fl := model.Flag{ID: ScamTemplateReuse, Family: model.FamilyScam, Severity: sev,
			Reason:   corpusRules[0].Reason + " Here: " + why + ".",
			Evidence: evidence}
		for _, j := range sortedOthers(es, others) {
			o := &es[j]
			fl.Others = append(fl.Others, model.Link{Source: o.Source, URL: o.URL, ID: o.ID, Company: o.Company, Title: o.Title})
		}
		if n := len(others) - len(fl.Others); n > 0 {
			if len(others) > maxCounted {
				fl.Reason += fmt.Sprintf(" (more than %d not listed)", maxCounted-len(fl.Others))
			} else {
				fl.Reason += fmt.Sprintf(" (%d more not listed)", n)
			}
		}
		out[es[i].ID] = fl
	}
	return out
}

// textsAgree is the reference's confirmation of a SimHash pair: without
// a sketch on either side the SimHash decides, else the shingle overlap
// estimated bin by bin.
func textsAgree(a, b *TextSketch) bool {
	if a.Min == ([sketchBins]uint16{}) || b.Min == ([sketchBins]uint16{}) {
		return true
	}
	same, used := 0, 0
	for k := range a.Min {
		if a.Min[k] != 0 || b.Min[k] != 0 {
			used++
			if a.Min[k] == b.Min[k] {
				same++
			}
		}
	}
	return float64(same) >= minCopyJaccard*float64(used)
}

// synthSketch returns a sketch near base: up to changed random bins of
// its MinHash replaced (so the overlap falls on both sides of
// minCopyJaccard) and its lead (if base has one) with edits words changed,
// or one word inserted when insert is set.
func synthSketch(r *rand.Rand, base *TextSketch, changed, edits int, insert bool) TextSketch {
	s := *base
	for range changed {
		b := r.IntN(sketchBins)
		if r.IntN(8) == 0 {
			s.Min[b] = 0
		} else {
			s.Min[b] = uint16(r.Uint32()) | 1
		}
	}
	if s.LeadKey != 0 {
		for range edits {
			s.Lead[r.IntN(leadWords)] = uint16(r.Uint32()) | 1
		}
		if insert {
			at := r.IntN(leadWords)
			copy(s.Lead[at+1:], s.Lead[at:])
			s.Lead[at] = uint16(r.Uint32()) | 1
		}
		s.setLead()
	}
	return s
}

// randomSketch is a sketch of an unrelated text, with a lead or without.
func randomSketch(r *rand.Rand, lead bool) TextSketch {
	var s TextSketch
	for b := range s.Min {
		s.Min[b] = uint16(r.Uint32()) | 1
	}
	if lead {
		for k := range s.Lead {
			s.Lead[k] = uint16(r.Uint32()) | 1
		}
		s.setLead()
	}
	return s
}

// flipBits returns h with n distinct random bits flipped.
func flipBits(r *rand.Rand, h uint64, n int) uint64 {
	for _, b := range r.Perm(64)[:n] {
		h ^= 1 << b
	}
	return h
}

// synthCorpus makes n entries: random fingerprints, and planted clusters of
// near copies of one text and one profile, each copy 0 to 15 bits away
// from the cluster's original (so both sides of the 12-bit window occur),
// under a few employer names, with and without profiles. Fingerprints of
// a cluster also lean on a few shared bits, as real texts' SimHashes do.
// plantEvery is how many entries come per planted cluster.
func synthCorpus(seed uint64, n, plantEvery int) []CorpusEntry {
	r := rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))
	companies := max(n/4, 3)
	es := make([]CorpusEntry, 0, n)
	add := func(text, info uint64, lead *TextSketch, company int) {
		i := len(es)
		e := CorpusEntry{ID: fmt.Sprintf("s%d:%07d", i%7, r.IntN(10*n)) + strconv.Itoa(i),
			Source: "s" + strconv.Itoa(i%7), URL: "https://s.test/" + strconv.Itoa(i), Title: "t",
			TextSim: text, TextLen: 300 + r.IntN(800), InfoSim: info, InfoLen: 150 + r.IntN(300),
			Identified: r.IntN(3) == 0}
		// Sketches: near the cluster's most of the time (overlap and lead
		// on both sides of the thresholds), unrelated, without a lead or
		// not sketched at times; a few entries share a same-opportunity
		// fingerprint.
		switch r.IntN(6) {
		case 0:
		case 1:
			e.Sketch = randomSketch(r, r.IntN(2) == 0)
		case 2:
			e.Sketch = randomSketch(r, false)
			e.Sketch.Lead, e.Sketch.LeadKey, e.Sketch.Chunks = lead.Lead, lead.LeadKey, lead.Chunks
		default:
			e.Sketch = synthSketch(r, lead, r.IntN(48), r.IntN(4), r.IntN(6) == 0)
		}
		if r.IntN(4) == 0 {
			e.Fingerprint = "fp" + strconv.Itoa(r.IntN(3))
		}
		if company >= 0 {
			e.Company = "C" + strconv.Itoa(company)
			e.CompanyKey = "c" + strconv.Itoa(company)
		}
		if r.IntN(10) == 0 {
			e.TextSim = 0
		}
		es = append(es, e)
	}
	for len(es) < n {
		if plantEvery > 0 && r.IntN(plantEvery) == 0 {
			text, info, lead := r.Uint64(), r.Uint64(), randomSketch(r, r.IntN(8) != 0)
			names := []int{r.IntN(companies), r.IntN(companies), -1}
			for range 2 + r.IntN(8) {
				if len(es) == n {
					break
				}
				add(flipBits(r, text, r.IntN(16)), flipBits(r, info, r.IntN(16)), &lead, names[r.IntN(len(names))])
			}
			continue
		}
		c := r.IntN(companies)
		if r.IntN(20) == 0 {
			c = -1
		}
		own := randomSketch(r, r.IntN(2) == 0)
		add(r.Uint64(), r.Uint64(), &own, c)
	}
	return es
}

// TestCorpusFlagsMatchesAllPairs: the candidate index finds exactly what
// comparing every pair finds, on randomized corpora with planted near
// copies (both sides of the window), exact copies and empty fingerprints.
func TestCorpusFlagsMatchesAllPairs(t *testing.T) {
	defer func(n int) { indexFrom = n }(indexFrom)
	for seed := range uint64(12) {
		indexFrom = []int{0, 4096}[seed%2] // with the bucket tables, and without
		n := []int{0, 1, 7, 60, 400, 1500}[seed/2]
		es := synthCorpus(seed, n, 3)
		if seed%4 == 1 { // a large cluster of exact copies
			for i := range es {
				if i%5 == 0 {
					es[i].TextSim, es[i].TextLen = 0xDEADBEEF12345678, 900
				}
			}
		}
		got, want := CorpusFlags(es), corpusFlagsAllPairs(es)
		if !reflect.DeepEqual(got, want) {
			for id := range want {
				if !reflect.DeepEqual(got[id], want[id]) {
					t.Errorf("seed %d: %s: got %+v\nwant %+v", seed, id, got[id], want[id])
					break
				}
			}
			t.Fatalf("seed %d, %d entries: %d flags, want %d", seed, n, len(got), len(want))
		}
		if n >= 400 && len(want) == 0 {
			t.Fatalf("seed %d: no flags planted", seed)
		}
		leads := 0
		for _, f := range want {
			if strings.Contains(f.Reason, "opening paragraph") {
				leads++
			}
		}
		if n >= 400 && leads == 0 {
			t.Fatalf("seed %d: no lead-paragraph flags planted", seed)
		}
	}
}

// TestNearPairsWindow: distances on each side of the window, the
// differing bits falling in random blocks.
func TestNearPairsWindow(t *testing.T) {
	defer func(n int) { indexFrom = n }(indexFrom)
	r := rand.New(rand.NewPCG(1, 2))
	for _, d := range []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20, 32, 48, 64} {
		for k := range 6 {
			indexFrom = k % 2 * 4096
			a := r.Uint64() | 1
			b := flipBits(r, a, d)
			var got int
			nearPairs([]uint64{a, 0, b}, func(i, j int32) {
				if i != 0 || j != 2 {
					t.Fatalf("pair %d,%d", i, j)
				}
				got++
			})
			want := 0
			if b != 0 && bits.OnesCount64(a^b) <= corpusNearBits {
				want = 1
			}
			if got != want {
				t.Fatalf("distance %d: %d pairs, want %d", d, got, want)
			}
		}
	}
}

// BenchmarkCorpusFlagsScale: a full recompute over 2,000, 20,000 and
// 200,000 synthetic listings (random fingerprints, a planted cluster of
// near copies per 50 listings); AllPairs is the former loop, for scale.
func BenchmarkCorpusFlagsScale(b *testing.B) {
	for _, n := range []int{2000, 20000, 200000} {
		es := synthCorpus(7, n, 50)
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				CorpusFlags(es)
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
		if n <= 20000 {
			b.Run("AllPairs/n="+strconv.Itoa(n), func(b *testing.B) {
				for b.Loop() {
					corpusFlagsAllPairs(es)
				}
			})
		}
	}
}

// sortedOthers orders the other listings by id (stable whatever the input
// order) and keeps at most maxOthers (the reference's way).
func sortedOthers(es []CorpusEntry, idx []int) []int {
	idx = slices.Clone(idx)
	slices.SortFunc(idx, func(a, b int) int { return strings.Compare(es[a].ID, es[b].ID) })
	return idx[:min(len(idx), maxOthers)]
}

// BenchmarkCorpusFull: the baseline of BenchmarkCorpusIncremental, the
// same corpora after the same change (100 listings changed, 50 new and 50
// closed in 2,000, 20,000 and 200,000 synthetic listings) with every
// listing compared again (CorpusFlags over the whole corpus, as `gigscout
// flags` and a process's first recompute do).
func BenchmarkCorpusFull(b *testing.B) {
	for _, n := range []int{2000, 20000, 200000} {
		prev := synthCorpus(7, n, 50)
		r := rand.New(rand.NewPCG(3, 4))
		cur := slices.Clone(prev[50:])
		for range 100 {
			i := r.IntN(len(cur))
			cur[i].TextSim = flipBits(r, cur[i].TextSim, 1+r.IntN(20))
		}
		add := synthCorpus(8, 50, 5)
		for i := range add {
			add[i].ID = "new" + strconv.Itoa(i)
		}
		cur = append(cur, add...)
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			var flagged int
			cpu0 := cpuTime()
			for b.Loop() {
				flagged = len(CorpusFlags(cur))
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(flagged), "flagged")
		})
	}
}

// TestCorpusCountBounded: a flag counts the others it does not list
// exactly up to maxCounted, then says "more than", so its text stops
// changing as copies keep arriving.
func TestCorpusCountBounded(t *testing.T) {
	for _, tc := range []struct {
		copies int
		note   string
	}{
		{6, ""}, // 5 others, all listed
		{7, " (1 more not listed)"},
		{maxCounted + 1, " (15 more not listed)"},
		{maxCounted + 2, " (more than 15 not listed)"},
		{maxCounted + 40, " (more than 15 not listed)"},
	} {
		es := make([]CorpusEntry, tc.copies)
		for i := range es {
			es[i] = CorpusEntry{ID: fmt.Sprintf("id%03d", i), Source: "s", URL: "https://s.test/" + strconv.Itoa(i),
				Company: "C" + strconv.Itoa(i), CompanyKey: "c" + strconv.Itoa(i), TextSim: 0xF0F0F0F0F0F0F0F0 ^ uint64(i%3), TextLen: 900}
		}
		got := CorpusFlags(es)
		if len(got) != tc.copies {
			t.Fatalf("%d copies: %d flagged", tc.copies, len(got))
		}
		for id, f := range got {
			if !strings.HasSuffix(f.Reason, "employer names."+tc.note) || len(f.Others) != min(maxOthers, tc.copies-1) {
				t.Fatalf("%d copies: %s: reason %q, %d others", tc.copies, id, f.Reason, len(f.Others))
			}
		}
	}
}
