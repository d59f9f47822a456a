package normalize

import "github.com/gigscout/gigscout/internal/textcue"

// effortWordTables: for each byte, whether it is an ASCII word byte (\w),
// and the first letters (both cases) of hourWords (bit 1) and durWords
// (bit 2); the longest word of each.
var effortWordTables = func() (t struct {
	word           [256]bool
	first          [256]uint8
	hourMax, durMx int
	longest        int // the longest of both words, at most 16
}) {
	for i := range t.word {
		t.word[i] = textcue.IsWord(byte(i))
	}
	for w := range hourWords {
		t.first[w[0]] |= 1
		t.first[w[0]-'a'+'A'] |= 1
		t.hourMax = max(t.hourMax, len(w))
	}
	for w := range durWords {
		t.first[w[0]] |= 2
		t.first[w[0]-'a'+'A'] |= 2
		t.durMx = max(t.durMx, len(w))
	}
	t.longest = min(max(t.hourMax, t.durMx), 16) // 16: effortWords' buffer
	return t
}()

// effortWords is wordMatches(s, hourTrigger, hourWords) and
// wordMatches(s, durTrigger, durWords) in one pass over s: the runs of
// ASCII word bytes that are one of the words (ASCII case ignored).
func effortWords(s string) (hours, durs [][]int) {
	if reference || slowText(s) {
		return wordMatches(s, hourTrigger, hourWords), wordMatches(s, durTrigger, durWords)
	}
	t := &effortWordTables
	var buf [16]byte
	// The matches' bounds, pairs in a row, on the stack while they are
	// few: the result is cut from one array at the end (matchBounds), not
	// allocated a match at a time.
	var hourArr, durArr [32]int
	hb, db := hourArr[:0], durArr[:0]
	for i := 0; i < len(s); i++ {
		if !t.word[s[i]] {
			continue
		}
		j := i + 1
		for j < len(s) && t.word[s[j]] {
			j++
		}
		if f := t.first[s[i]]; f != 0 && j-i <= t.longest {
			w := buf[:j-i]
			for k := range w {
				w[k] = lowerBytes[s[i+k]]
			}
			if f&1 != 0 && j-i <= t.hourMax && hourWords[string(w)] {
				hb = append(hb, i, j)
			}
			if f&2 != 0 && j-i <= t.durMx && durWords[string(w)] {
				db = append(db, i, j)
			}
		}
		i = j
	}
	return matchBounds(hb, db)
}

// matchBounds returns the pairs of a and of b (bounds in a row) as
// [][]int, each bounds slice cut from one array (capped: an append to
// one does not write over the next).
func matchBounds(a, b []int) (as, bs [][]int) {
	if len(a)+len(b) == 0 {
		return nil, nil
	}
	all := append(append(make([]int, 0, len(a)+len(b)), a...), b...)
	cut := func(n, from int) [][]int {
		if n == 0 {
			return nil
		}
		out := make([][]int, n/2)
		for k := range out {
			p := from + 2*k
			out[k] = all[p : p+2 : p+2]
		}
		return out
	}
	return cut(len(a), 0), cut(len(b), len(a))
}
