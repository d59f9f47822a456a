package normalize

import (
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// simShinglesOld is the shingle loop TextSimHash ran before
// simHashShingles: three passes over each word.
func simShinglesOld(low []byte, ends []int) uint64 {
	var c simCounter
	n := max(1, len(ends)-2)
	for i := 0; i < n; i++ {
		h := uint64(fnvOffset)
		for k := i; k < min(len(ends), i+3); k++ {
			from := 0
			if k > 0 {
				from = ends[k-1]
			}
			for _, b := range low[from:ends[k]] {
				h = (h ^ uint64(b)) * fnvPrime
			}
			h *= fnvPrime
		}
		c.add(h)
	}
	return c.sum()
}

// TestSimShinglesSame: lowerWordsTable reads the words lowerWords reads,
// and simHashShingles gives the old loop's SimHash, on the SimHash test
// texts, the shared fixtures (when present) and generated texts of 1 to
// 700 words (past the 255 shingles where the counters flush).
func TestSimShinglesSame(t *testing.T) {
	texts := simTexts()
	texts = append(texts, fixtureTextsOrNone(t)...)
	rng := rand.New(rand.NewPCG(9, 9))
	words := strings.Fields("We build Dashboards for clinics in C++ C# and SQL; 15 hours a WEEK, über-fast Straße ٣ 2026 R&D + #")
	for n := 1; n <= 700; n += 1 + n/10 {
		var b strings.Builder
		for range n {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString([]string{" ", "\n", ", ", "-", "  "}[rng.IntN(5)])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		low, ends := lowerWordsTable(s, nil, nil)
		wantLow, wantEnds := lowerWords(s, nil, nil)
		if string(low) != string(wantLow) || !reflect.DeepEqual(ends, wantEnds) {
			t.Fatalf("lowerWordsTable(%q) = %q %v, lowerWords %q %v", s, low, ends, wantLow, wantEnds)
		}
		if len(ends) == 0 {
			continue
		}
		if got, want := simHashShingles(low, ends), simShinglesOld(low, ends); got != want {
			t.Fatalf("simHashShingles on %q (%d words) = %x, old loop %x", s, len(ends), got, want)
		}
	}
}

// fixtureTextsOrNone is the shared fixtures' descriptions and their texts
// (Text; not under -race or -short, where it is most of these tests'
// time), or none, logged, when ../shared is absent.
func fixtureTextsOrNone(t *testing.T) []string {
	t.Helper()
	if _, err := os.Stat(sharedFixtures); err != nil {
		t.Logf("shared fixtures absent (%s), their texts left out: %v", sharedFixtures, err)
		return nil
	}
	var out []string
	for _, s := range fixtureTexts(t) {
		out = append(out, s)
		if !testing.Short() && !raceEnabled {
			out = append(out, Text(s))
		}
	}
	return out
}

// lowerWords is the word reader TextSimHash used before simWords (the
// reference simWords is checked against): it appends to low the lower-cased words of text as keyWords
// splits them (runs of letters, digits, "+" and "#" after lower-casing)
// and to ends the end of each in low.
func lowerWords(text string, low []byte, ends []int) ([]byte, []int) {
	in := false
	for i := 0; i < len(text); {
		c := text[i]
		var word bool
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '#'
			if word {
				low = append(low, c)
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			r = unicode.ToLower(r)
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
			if word {
				low = utf8.AppendRune(low, r)
			}
			i += size
		}
		if in && !word {
			ends = append(ends, len(low))
		}
		in = word
	}
	if in {
		ends = append(ends, len(low))
	}
	return low, ends
}

// lowerWordsTable is lowerWords, the ASCII bytes read by a table.
func lowerWordsTable(text string, low []byte, ends []int) ([]byte, []int) {
	in := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if l := asciiWordLower[c]; l != 0 {
				low = append(low, l)
				in = true
			} else if in {
				ends = append(ends, len(low))
				in = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		r = unicode.ToLower(r)
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word {
			low = utf8.AppendRune(low, r)
		}
		i += size
		if in && !word {
			ends = append(ends, len(low))
		}
		in = word
	}
	if in {
		ends = append(ends, len(low))
	}
	return low, ends
}

// simHashShingles is the SimHash of the word 3-shingles of the words
// low[ends[k-1]:ends[k]] (at least one word): each shingle's 64-bit FNV-1a
// over its words, each followed by a zero byte; fewer than three words
// make one shingle of them all.
func simHashShingles(low []byte, ends []int) uint64 {
	var c simCounter
	// a, b and h hash the shingles that start two words back, one word
	// back and at the word k (a and b are of no shingle for k < 2 and 1).
	var a, b uint64
	from := 0
	for k, end := range ends {
		h := uint64(fnvOffset)
		for _, x := range low[from:end] {
			a = (a ^ uint64(x)) * fnvPrime
			b = (b ^ uint64(x)) * fnvPrime
			h = (h ^ uint64(x)) * fnvPrime
		}
		a, b, h = a*fnvPrime, b*fnvPrime, h*fnvPrime // the zero byte after the word
		if k >= 2 {
			c.add(a) // the shingle of words k-2, k-1 and k
		}
		a, b = b, h
		from = end
	}
	switch len(ends) {
	case 1:
		c.add(b) // the one word
	case 2:
		c.add(a) // the two words
	}
	return c.sum()
}
