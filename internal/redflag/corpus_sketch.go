package redflag

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Text sketches: what the cross-listing signals compare of two texts once
// their fingerprints make them candidates.
//
// A SimHash near match is only a candidate: texts written from a shared
// vocabulary (job ads share their boilerplate) land within corpusNearBits
// of each other by chance, and the chance pairs grow with the square of
// the corpus (birthday collisions: on the benchmark's generated corpus,
// 0.5 % of 3,000 ads, 1.9 % of 20,000 and 4.8 % of 50,000 were flagged
// without being copies). A pair counts as a copy only when the texts themselves agree:
// the share of word shingles they have in common (Jaccard), estimated by a
// MinHash sketch of the text, is at least minCopyJaccard.
//
// The lead (the first leadWords words) is kept word by word, so that two
// openings can be compared directly: one equal up to a changed word or two
// (leadEdits word edits) is a copied opening.
const (
	// shingleWords is how many consecutive words make a shingle.
	shingleWords = 4
	// sketchBins is the MinHash sketch's size (one-permutation hashing:
	// each shingle's hash falls in one bin, which keeps its smallest).
	sketchBins = 64
	// minCopyJaccard is the smallest estimated shingle overlap at which
	// two SimHash-near texts count as a copy. On 50,000 generated ads,
	// copies that swap names, titles and amounts keep 0.77 or more of
	// their shingles (median 0.84); unrelated ads near in SimHash share
	// at most 0.09 (see TestSketchJaccard and the realistic corpus test in
	// cmd/gigbench). With 64 bins the estimate's error is about 0.06.
	minCopyJaccard = 0.5
	// leadEdits is how many words (changed, added or removed) two leads
	// may differ by and still be one copied opening; leadChunks =
	// leadEdits+1 runs of words, one of which two such leads share at the
	// same place (the pigeonhole principle), find the candidates.
	leadEdits  = 2
	leadChunks = leadEdits + 1
)

// TextSketch is what CorpusFlags compares of a listing's text beyond its
// SimHash (Sketch builds it). The zero value is "not sketched": such a
// listing's SimHash near matches count without confirmation, and it has
// no lead.
type TextSketch struct {
	// LeadKey identifies the lead (leadKey of Lead; 0: none): a text with
	// no more than leadWords words, or whose opening is boilerplate (equal
	// opportunity lines), has none.
	LeadKey uint64
	// Lead holds a hash of each of the lead's words, Chunks the keys of
	// its leadChunks runs of words (leadChunk).
	Lead   [leadWords]uint16
	Chunks [leadChunks]uint64
	// Min is the MinHash sketch of the text's word shingles: bin b holds
	// the smallest hash (16 bits) of the shingles falling in it, 0 when none
	// does.
	Min [sketchBins]uint16
}

// boilerplatePairs are word pairs that mark an opening as boilerplate
// shared by unrelated employers (equal opportunity and accommodation
// statements): such a lead is not compared. boilerplateFirst holds their
// first words.
var boilerplatePairs, boilerplateFirst = func() (map[[2]uint16]bool, []uint16) {
	m := map[[2]uint16]bool{}
	var first []uint16
	for _, p := range [][2]string{{"equal", "opportunity"}, {"equal", "opportunities"}, {"affirmative", "action"},
		{"reasonable", "accommodation"}, {"reasonable", "accommodations"}, {"protected", "veteran"},
		{"national", "origin"}, {"sexual", "orientation"}, {"gender", "identity"}} {
		a, b := leadWord(wordHash(p[0])), leadWord(wordHash(p[1]))
		m[[2]uint16{a, b}] = true
		if !slices.Contains(first, a) {
			first = append(first, a)
		}
	}
	return m, first
}()

// wordHash is the hash Sketch keeps of a lower-cased word (see wordBytes).
func wordHash(w string) uint32 {
	var h, acc uint64
	for i := 0; i < len(w); i++ {
		h, acc = wordByte(h, acc, w[i])
	}
	return wordEnd(h, acc)
}

// wordByte adds a byte (never 0) to a word's hash: bytes are packed eight
// to a uint64 (acc, shifted in), each full one multiplied into h: one
// shift a byte, where a byte-wise hash multiplies at every byte.
func wordByte(h, acc uint64, c byte) (uint64, uint64) {
	acc = acc<<8 | uint64(c)
	if acc>>56 != 0 {
		h = (h ^ acc) * 0x9E3779B97F4A7C15
		acc = 0
	}
	return h, acc
}

// wordEnd is a word's hash from wordByte's state.
func wordEnd(h, acc uint64) uint32 {
	return foldHash(mix64(h*0xff51afd7ed558ccd ^ acc))
}

// leadWord is what a lead keeps of a word's hash: 16 bits, never 0 (two
// different words look equal once in 65,536 comparisons: a lead has 50).
func leadWord(w uint32) uint16 {
	v := uint16(w>>16) ^ uint16(w)
	if v == 0 {
		v = 1
	}
	return v
}

func foldHash(h uint64) uint32 {
	v := uint32(h>>32) ^ uint32(h)
	if v == 0 {
		v = 1
	}
	return v
}

// mix64 is SplitMix64's finalizer.
func mix64(x uint64) uint64 {
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// asciiFold maps an ASCII byte to itself lower-cased when it is a letter or
// a digit (what unicode.IsLetter and IsDigit accept below 0x80), else 0
// (as it does every byte from 0x80 on).
var asciiFold = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return t
}()

// Sketch returns the sketch of a text, reading its first LeadBytes (what
// the store's corpus rows keep). Words are runs of letters and digits,
// lower-cased; punctuation and spacing are ignored.
//
// A word's ASCII bytes are read by an inner loop that does nothing else,
// and a non-ASCII rune by sketchRune, out of line: the loop's state stays
// in registers (TestSketchSame pins the result to the plain loop).
func Sketch(text string) TextSketch {
	text = LeadPrefix(text)
	var s TextSketch
	var w sketchWords
	var h, acc uint64 // the word's hash so far (wordByte)
	in := false
	for i := 0; i < len(text); {
		j := i
		for ; j < len(text); j++ {
			l := asciiFold[text[j]]
			if l == 0 {
				break
			}
			if acc>>48 == 0 {
				acc = acc<<8 | uint64(l)
				continue
			}
			h, acc = wordByte(h, acc, l) // the eighth byte: acc is full
		}
		in = in || j > i
		if i = j; i == len(text) {
			break
		}
		if text[i] < utf8.RuneSelf {
			i++
		} else {
			var size int
			var word bool
			if h, acc, size, word = sketchRune(text[i:], h, acc); word {
				i += size
				in = true
				continue
			}
			i += size
		}
		if in {
			w.add(&s, wordEnd(h, acc))
			h, acc, in = 0, 0, false
		}
	}
	if in {
		w.add(&s, wordEnd(h, acc))
	}
	n := w.n
	if 0 < n && n < shingleWords { // a few words: one shingle of them all
		var h uint64
		for _, x := range w.last[shingleWords-1-n:] {
			h = h*0x100000001b3 + uint64(x)
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

// sketchRune reads the non-ASCII rune s starts with for Sketch: its size,
// whether it is a word's (a letter or digit), and if so the word's hash
// with its lower case's bytes added.
func sketchRune(s string, h, acc uint64) (uint64, uint64, int, bool) {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return h, acc, size, false
	}
	var buf [utf8.UTFMax]byte
	for _, b := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
		h, acc = wordByte(h, acc, b)
	}
	return h, acc, size, true
}

// sketchWords is Sketch's state between words: the hashes of the last
// shingleWords-1 words, oldest first, and how many words came.
type sketchWords struct {
	last [shingleWords - 1]uint32
	n    int
}

// add takes the next word's hash: into the lead while it lasts, and into
// the shingle ending with it.
func (w *sketchWords) add(s *TextSketch, h uint32) {
	if w.n < leadWords {
		s.Lead[w.n] = leadWord(h)
	}
	w.n++
	if w.n >= shingleWords { // shingleWords = 4
		x := ((uint64(w.last[0])*0x100000001b3+uint64(w.last[1]))*0x100000001b3+uint64(w.last[2]))*0x100000001b3 + uint64(h)
		s.addShingle(mix64(x))
	}
	w.last = [shingleWords - 1]uint32{w.last[1], w.last[2], h}
}

// setLead sets the lead's key and chunk keys from its words.
func (s *TextSketch) setLead() {
	s.LeadKey = leadKey(&s.Lead)
	for k := range leadChunks {
		s.Chunks[k] = leadChunk(&s.Lead, k)
	}
}

// leadKey identifies a lead by its words.
func leadKey(l *[leadWords]uint16) uint64 {
	h := uint64(0xcbf29ce484222325)
	for _, w := range l {
		h = mix64(h*0x100000001b3 + uint64(w))
	}
	return max(h, 1)
}

func (s *TextSketch) addShingle(h uint64) {
	b := h >> (64 - 6) // sketchBins = 64
	v := uint16(h)
	if v == 0 {
		v = 1
	}
	if m := s.Min[b]; m == 0 || v < m {
		s.Min[b] = v
	}
}

func boilerplateLead(l *[leadWords]uint16) bool {
	for i := 0; i+1 < leadWords; i++ {
		if slices.Contains(boilerplateFirst, l[i]) && boilerplatePairs[[2]uint16{l[i], l[i+1]}] {
			return true
		}
	}
	return false
}

// sketched reports whether s holds a MinHash sketch.
func (s *TextSketch) sketched() bool {
	for _, v := range s.Min {
		if v != 0 {
			return true
		}
	}
	return false
}

// jaccard estimates the share of word shingles two sketched texts have in
// common: the bins where both sketches hold the same smallest hash, over
// the bins where either holds one.
func jaccard(a, b *[sketchBins]uint16) float64 {
	same, used := 0, 0
	for k := range sketchBins {
		x, y := a[k], b[k]
		if x|y == 0 {
			continue
		}
		used++
		if x == y {
			same++
		}
	}
	if used == 0 {
		return 0
	}
	return float64(same) / float64(used)
}

// copyConfirmed reports whether two texts near in SimHash are a copy by
// their sketches; a text not sketched leaves the SimHash to decide.
func copyConfirmed(a, b *TextSketch) bool {
	if !a.sketched() || !b.sketched() {
		return true
	}
	return jaccard(&a.Min, &b.Min) >= minCopyJaccard
}

// leadChunk is the key of chunk k of a lead: its position and words.
func leadChunk(l *[leadWords]uint16, k int) uint64 {
	lo, hi := k*leadWords/leadChunks, (k+1)*leadWords/leadChunks
	h := uint64(k + 1)
	for _, w := range l[lo:hi] {
		h = mix64(h*0x100000001b3 + uint64(w))
	}
	return max(h, 1)
}

// leadsNear reports whether two sketches' leads are one copied opening:
// equal, or sharing one of their chunks at the same place and differing by
// at most leadEdits words changed, added or removed. Any two leads with at
// most leadEdits words changed share a chunk; a word added or removed
// shifts the chunks after it, so it counts only when a chunk before it is
// shared (as the first third of a copied pitch is).
func leadsNear(a, b *TextSketch) bool {
	if a.LeadKey == 0 || b.LeadKey == 0 {
		return false
	}
	if a.LeadKey == b.LeadKey {
		return true
	}
	for k := range leadChunks {
		if a.Chunks[k] == b.Chunks[k] {
			return editsWithin(&a.Lead, &b.Lead)
		}
	}
	return false
}

// editsWithin reports whether two leads differ by at most leadEdits words
// changed, added or removed (a word edit distance, computed in a band).
func editsWithin(a, b *[leadWords]uint16) bool {
	diff := 0
	for i := range leadWords {
		if a[i] != b[i] {
			diff++
		}
	}
	if diff <= leadEdits {
		return true
	}
	// Levenshtein over words within a band of leadEdits around the
	// diagonal (cells outside it exceed leadEdits).
	const w = 2*leadEdits + 1
	const inf = leadEdits + 1
	var prev, cur [w]int
	for d := range w { // row 0: j = d - leadEdits
		j := d - leadEdits
		if j < 0 {
			prev[d] = inf
		} else {
			prev[d] = j
		}
	}
	for i := 1; i <= leadWords; i++ {
		best := inf
		for d := range w {
			j := i + d - leadEdits
			if j < 0 || j > leadWords {
				cur[d] = inf
				continue
			}
			v := inf
			if j == 0 {
				v = i
			} else {
				c := prev[d] // (i-1, j-1)
				if a[i-1] != b[j-1] {
					c++
				}
				v = min(v, c)
				if d > 0 {
					v = min(v, cur[d-1]+1) // (i, j-1)
				}
			}
			if d+1 < w {
				v = min(v, prev[d+1]+1) // (i-1, j)
			}
			cur[d] = min(v, inf)
			best = min(best, cur[d])
		}
		if best > leadEdits {
			return false
		}
		prev = cur
	}
	return prev[leadEdits] <= leadEdits
}
