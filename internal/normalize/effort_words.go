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
				hours = append(hours, []int{i, j})
			}
			if f&2 != 0 && j-i <= t.durMx && durWords[string(w)] {
				durs = append(durs, []int{i, j})
			}
		}
		i = j
	}
	return hours, durs
}
