package redflag

import (
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/gigscout/gigscout/internal/textcue"
)

// scanRef is the scan that scan_chains.go replaced, kept as the reference
// its tests compare with: two passes over the automaton's matches that
// count, then fill, the starts of every cue and literal at once. It
// returns each cue's starts and masks and each literal's starts.
func (set *cueSet) scanRef(s string) (cands [][]int, alts [][]uint64, lits [][]int) {
	nc, nl := len(set.cues), len(set.lits)
	cands, alts, lits = make([][]int, nc), make([][]uint64, nc), make([][]int, nl)
	if set.ac == nil || s == "" {
		return
	}
	ms := set.ac.AppendOverlappingHalves(nil, unsafe.Slice(unsafe.StringData(s), len(s)))
	for _, m := range ms {
		if l := set.lit[m.PatternID]; l >= 0 {
			lits[l] = append(lits[l], m.Start)
		}
		boundary := textcue.AtBoundary(s, m.Start)
		for _, u := range set.users[m.PatternID] {
			if !u.bounded || boundary {
				cands[u.cue] = append(cands[u.cue], m.Start)
				alts[u.cue] = append(alts[u.cue], u.alts)
			}
		}
	}
	for k := range nc {
		if len(cands[k]) > 1 {
			cands[k], alts[k] = sortCands(cands[k], alts[k])
		}
	}
	return
}

// checkScanSameAsRef compares the chained scan of s with scanRef for
// every cue and literal, asking for them in the order given by the bits
// of order (so that lists are laid out in different orders), and asking
// each twice.
func checkScanSameAsRef(t *testing.T, s string, order uint64) int {
	t.Helper()
	set := sharedCues()
	wc, wa, wl := set.scanRef(s)
	sc := set.scan(s)
	defer sc.release()
	nc, nl := len(set.cues), len(set.lits)
	idx := make([]int, 0, nc+nl)
	for i := range nc + nl {
		idx = append(idx, i)
	}
	// A fixed shuffle driven by order.
	for i := len(idx) - 1; i > 0; i-- {
		order = order*6364136223846793005 + 1442695040888963407
		j := int((order >> 33) % uint64(i+1))
		idx[i], idx[j] = idx[j], idx[i]
	}
	found := 0
	for range 2 {
		for _, i := range idx {
			if i < nc {
				gp, ga := sc.cands(i)
				if !slices.Equal(gp, wc[i]) || !slices.Equal(ga, wa[i]) {
					t.Fatalf("cue %s on %q:\n got %v %v\nwant %v %v", set.cues[i].re, s, gp, ga, wc[i], wa[i])
				}
				found += len(gp)
				continue
			}
			l := i - nc
			if g := sc.lit(l); !slices.Equal(g, wl[l]) {
				t.Fatalf("literal %d on %q: got %v, want %v", l, s, g, wl[l])
			}
			if seen := sc.seen[l/64]&(1<<(l%64)) != 0; seen != (len(wl[l]) > 0) {
				t.Fatalf("literal %d on %q: seen %v, occurrences %v", l, s, seen, wl[l])
			}
			found += len(wl[l])
		}
	}
	return found
}

// TestScanChainsSameAsRef: the chained scan, its lists laid out on
// demand in any order, gives every cue's starts and masks and every
// literal's occurrences as the two-pass scan did, on the folded fields
// of sameListings, generated pipeline listings and texts full of digits,
// amounts and cue words; traps: empty text, text with no cue at all,
// a prefix glued to a word (a bounded prefix must not start there).
func TestScanChainsSameAsRef(t *testing.T) {
	texts := []string{
		"", "zzzz qqqq", "xthe ayour 2000x", "the", "2",
		strings.Repeat("call 555 123 4567 only 5 spots send your full name and age from home urgent ", 20),
		"$1,099 usd 45 1099 24 hours 48 hrs 6-figure income 7 figures, no. of openings: 500 100% commission",
		"earn $450 to $500 extra per day, 2 hours a day; summer 2025 internship; rs. 10000/month; ₹5 €7 £9",
	}
	for _, l := range sameListings(t) {
		texts = append(texts, l.Title, l.Text, l.PayText, l.CompanyInfo)
	}
	for _, l := range pipelineListings(8) {
		texts = append(texts, l.Title, l.Text)
	}
	found := 0
	for i, text := range texts {
		found += checkScanSameAsRef(t, newView(FieldText, text).s, uint64(i))
	}
	if found < 1000 {
		t.Fatalf("only %d starts", found)
	}
}

// FuzzScanChains: on any text, the chained scan gives what the two-pass
// scan did.
func FuzzScanChains(f *testing.F) {
	f.Add("we pay $450 for the report; you will review 2 drafts", uint64(1))
	f.Add("xthe 20 one two a few unpaid volunteer", uint64(7))
	f.Fuzz(func(t *testing.T, s string, order uint64) {
		if len(s) > 4096 {
			return
		}
		checkScanSameAsRef(t, newView(FieldText, s).s, order)
	})
}
