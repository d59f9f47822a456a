package textcue

// A fewScan finds the prefixes of a Regexp that has few distinct first
// bytes among them (folded) by a byte scan of the text itself: no Fold
// copy of the text, no automaton pass, when (as mostly) there are none.
// A text with candidates is folded afterwards, for the runs.
type fewScan struct {
	// first[b]: the raw byte b folds to the first byte of a prefix;
	// byFirst[f] lists the prefixes (index in pats) starting with the
	// folded byte f.
	first   [256]bool
	byFirst [256][]int32
	pats    []string // folded, as given to the automaton
	nPlain  int      // pats[nPlain:] must start at a word boundary
}

// Bounds on the prefix sets a fewScan takes: beyond them the automaton's
// one pass is the cheaper.
const (
	maxFewPats  = 32
	maxFewFirst = 4
)

// newFewScan returns the scan of the prefixes plain (anywhere) and
// bounded (at a word boundary), or nil when there are too many of them
// or of their first bytes.
func newFewScan(plain, bounded []string) *fewScan {
	firsts := map[byte]bool{}
	for _, ps := range [][]string{plain, bounded} {
		for _, p := range ps {
			firsts[p[0]] = true
		}
	}
	if len(plain)+len(bounded) > maxFewPats || len(firsts) > maxFewFirst {
		return nil
	}
	return buildFewScan(plain, bounded)
}

// buildFewScan is newFewScan without the bounds.
func buildFewScan(plain, bounded []string) *fewScan {
	pats := append(append([]string(nil), plain...), bounded...)
	f := &fewScan{pats: pats, nPlain: len(plain)}
	for i, p := range pats {
		f.byFirst[p[0]] = append(f.byFirst[p[0]], int32(i))
	}
	for b := range 256 {
		f.first[b] = f.byFirst[Fold[b]] != nil
	}
	return f
}

// candidates appends to out the starts of the prefixes in the Fold copy
// of s (which it does not need), ascending, each once: what
// Regexp.candidates finds.
func (f *fewScan) candidates(out []int, s string) []int {
	for i := 0; i < len(s); i++ {
		if !f.first[s[i]] {
			continue
		}
		for _, k := range f.byFirst[Fold[s[i]]] {
			p := f.pats[k]
			if len(s)-i < len(p) || int(k) >= f.nPlain && !AtBoundary(s, i) {
				continue
			}
			j := 1
			for j < len(p) && Fold[s[i+j]] == p[j] {
				j++
			}
			if j == len(p) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}
