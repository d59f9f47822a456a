package redflag

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// sketchRef is Sketch as it was before its word loop was split into a
// loop over a word's ASCII bytes and sketchRune, with a ring of the last
// words: the reference the faster form is checked against
// (TestSketchSame, FuzzSketch).
func sketchRef(text string) TextSketch {
	text = LeadPrefix(text)
	var s TextSketch
	var ring [shingleWords]uint32
	n := 0
	add := func(h uint32) {
		if n < leadWords {
			s.Lead[n] = leadWord(h)
		}
		ring[n%shingleWords] = h
		n++
		if n >= shingleWords {
			var x uint64
			for k := range shingleWords {
				x = x*0x100000001b3 + uint64(ring[(n+k)%shingleWords])
			}
			s.addShingle(mix64(x))
		}
	}
	var buf [utf8.UTFMax]byte
	var h, acc uint64
	in := false
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			i++
			if l := asciiFold[c]; l != 0 {
				h, acc = wordByte(h, acc, l)
				in = true
			} else if in {
				add(wordEnd(h, acc))
				h, acc, in = 0, 0, false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if in {
				add(wordEnd(h, acc))
				h, acc, in = 0, 0, false
			}
			continue
		}
		in = true
		k := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:k] {
			h, acc = wordByte(h, acc, b)
		}
	}
	if in {
		add(wordEnd(h, acc))
	}
	if 0 < n && n < shingleWords {
		var h uint64
		for k := range n {
			h = h*0x100000001b3 + uint64(ring[k])
		}
		s.addShingle(mix64(h))
	}
	if n <= leadWords || boilerplateLead(&s.Lead) {
		s.Lead = [leadWords]uint16{}
	} else {
		s.setLead()
	}
	return s
}

// sketchSameTexts are texts for TestSketchSame: the sketch tests' ads,
// edge cases of length and script, and random texts of 1 to 700 words
// of mixed scripts, cases and separators (long words past the eight
// bytes wordByte packs; texts past LeadBytes).
func sketchSameTexts() []string {
	texts := []string{"", " ", "one", "one two", "one two three", "one two three four", "Ⱥ ⱥ İstanbul ǅ", "a\xffb \xe2\x82 c",
		"٣٤ ١", "C++ C# R&D .NET node.js", pitchLead + bodyForms, "Acme is an Equal Opportunity employer. " + pitchLead + bodyForms}
	for s := range uint64(8) {
		texts = append(texts, sketchText(s))
	}
	rng := rand.New(rand.NewPCG(21, 21))
	words := strings.Fields("We build Dashboards for clinics in C++ C# and SQL; 15 hours a WEEK, über-fast Straße ٣ 2026 R&D + # " +
		"ǅemal Ⱥx KELVIN \xff 東京 ſtop internationalization ABCDEFGHIJKLMNOP equal opportunity")
	for n := 1; n <= 700; n += 1 + n/10 {
		var b strings.Builder
		for range n {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString([]string{" ", "\n", ", ", "-", "  ", "", "…", "\u00a0"}[rng.IntN(8)])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestSketchSame pins Sketch to sketchRef.
func TestSketchSame(t *testing.T) {
	for _, s := range sketchSameTexts() {
		if got, want := Sketch(s), sketchRef(s); got != want {
			t.Fatalf("Sketch(%q) differs from the reference:\n got %+v\nwant %+v", s, got, want)
		}
	}
}

func FuzzSketch(f *testing.F) {
	for _, s := range sketchSameTexts()[:24] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Sketch(s), sketchRef(s); got != want {
			t.Errorf("Sketch(%q) differs from the reference:\n got %+v\nwant %+v", s, got, want)
		}
	})
}
