package redflag

import (
	"math/bits"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// foldTexts are texts for the folding tests: the fields of sameListings,
// the pipeline's listings, and random strings over the bytes the fold
// treats apart (upper case, entities, control bytes, multi-byte runes,
// sentence ends).
func foldTexts(t testing.TB, n int) []string {
	var out []string
	if tt, ok := t.(*testing.T); ok {
		for _, l := range sameListings(tt) {
			out = append(out, l.Title, l.Text, l.Company, l.CompanyInfo, l.PayText, l.EmploymentType)
		}
	}
	for _, l := range pipelineListings(8) {
		out = append(out, l.Title, l.Text)
	}
	pieces := []string{"a", "b", "z", "A", "Q", "Z", "0", "9", " ", ".", "!", "?", ";", ":", ")", "\n", "\t", "\r", "\f", "\v",
		"&", "&amp;", "&nbsp;", "&#8217;", "&lt;b&gt;", "&bogus;", "&;", "é", "É", "ß", "’", "“", "—", "•", "\u200b", "\ufeff",
		"\xff", "\xc3", "İ", "K", "word", "Word", "WORD", "end.Next", "ClerkData", "x2Y"}
	rng := rand.New(rand.NewPCG(10, 10))
	for range n {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

// checkFold: foldText's text is newViewOffsets's, and a view made by
// newView gives the offset maps of newViewOffsets.
func checkFold(t *testing.T, s string) {
	ref := newViewOffsets(FieldText, s)
	if got := foldText(s); got != ref.s && s != "" {
		t.Fatalf("foldText(%q) = %q, want %q", s, got, ref.s)
	}
	v := newView(FieldText, s)
	v.needOffsets()
	if v.s != ref.s || !reflect.DeepEqual(v.from, ref.from) || !reflect.DeepEqual(v.to, ref.to) {
		t.Fatalf("newView(%q): %q %v %v, want %q %v %v", s, v.s, v.from, v.to, ref.s, ref.from, ref.to)
	}
	v.release()
	ref.release()
}

func TestFoldTextSameAsView(t *testing.T) {
	for _, s := range foldTexts(t, 20000) {
		checkFold(t, s)
	}
}

func FuzzFoldText(f *testing.F) {
	for _, s := range foldTexts(f, 200) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFold(t, s) })
}

// TestMayFold8: every byte that does not fold to itself is marked, and no
// byte before the first marked one is.
func TestMayFold8(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			var b [8]byte
			for k := range b {
				b[k] = 'x'
			}
			b[pos] = byte(c)
			x := uint64(0)
			for k := 7; k >= 0; k-- {
				x = x<<8 | uint64(b[k])
			}
			m := mayFold8(x)
			self := c < utf8.RuneSelf && foldsToSelf[c]
			switch {
			case !self && m&(0x80<<(8*pos)) == 0:
				t.Fatalf("byte %#x at %d not marked", c, pos)
			case m&(1<<(8*pos)-1) != 0:
				t.Fatalf("byte %#x at %d: a byte before it marked (%#x)", c, pos, m)
			case self && c != '\n' && m != 0:
				t.Fatalf("byte %#x at %d folds to itself but marked (%#x)", c, pos, m)
			}
		}
	}
}

// TestTaskCountCap: countTasksUpTo is countTasks capped, for every limit
// the rules could use.
func TestTaskCountCap(t *testing.T) {
	texts := taskTexts(t)
	for i := 1; i < len(texts); i++ {
		a, b := newView(FieldTitle, texts[i-1]), newView(FieldText, texts[i])
		full := countTasksRef(a, b)
		for limit := 1; limit <= 6; limit++ {
			if got := countTasksUpTo(limit, a, b); got != min(full, limit) {
				t.Fatalf("countTasksUpTo(%d, %q, %q) = %d, want %d", limit, texts[i-1], texts[i], got, min(full, limit))
			}
		}
	}
}

// shortcutListings: sameListings and the pipeline's listings.
func shortcutListings(t *testing.T) []model.Listing {
	ls := append([]model.Listing(nil), sameListings(t)...)
	return append(ls, pipelineListings(64)...)
}

// TestShortcutsSameFlags: the engine gives the same flags (evidence spans and
// reasons included) with and without the view and scan shortcuts.
func TestShortcutsSameFlags(t *testing.T) {
	e := New(Options{})
	for i, l := range shortcutListings(t) {
		fast := e.flags(&l, false)
		scanShortcutsOff = true
		ref := e.flags(&l, false)
		scanShortcutsOff = false
		if !reflect.DeepEqual(fast, ref) {
			t.Fatalf("listing %d (%q): with the shortcuts %+v\nwithout %+v", i, l.Title, fast, ref)
		}
	}
}

// litTexts are texts full of the gates' and prefilters' literals: the
// fields of sameListings, the pipeline's listings and random mixes of
// the literals.
func litTexts(t *testing.T) []string {
	texts := []string{"", "a", strings.Repeat("only only only. ", 40)}
	for _, l := range sameListings(t) {
		texts = append(texts, l.Title, l.Text, l.PayText, l.CompanyInfo)
	}
	for _, l := range pipelineListings(8) {
		texts = append(texts, l.Title, l.Text)
	}
	var all []string
	for _, lits := range cueLiterals() {
		all = append(all, lits...)
	}
	rng := rand.New(rand.NewPCG(3, 10))
	for range 300 {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteString(all[rng.IntN(len(all))])
			b.WriteString([]string{"", " ", ". ", "\n", "x", "! "}[rng.IntN(6)])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// overlapping returns the starts of every occurrence of lit in s,
// overlapping ones included.
func overlapping(s, lit string) []int {
	var out []int
	for i := 0; i+len(lit) <= len(s); i++ {
		if s[i:i+len(lit)] == lit {
			out = append(out, i)
		}
	}
	return out
}

// checkScanLiterals: a scan of the shared cue set over the folded text
// lists, for every literal, the starts a plain search finds, and marks as
// seen exactly the literals that occur; it returns the occurrences.
func checkScanLiterals(t *testing.T, text string) int {
	set := sharedCues()
	found := 0
	v := newView(FieldText, text)
	defer v.release()
	sc := set.scan(v.s)
	defer sc.release()
	for lit, l := range set.lits {
		want := overlapping(v.s, lit)
		if got := sc.lit(l); !slices.Equal(got, want) {
			t.Fatalf("literal %q on %q: %v, want %v", lit, v.s, got, want)
		}
		if seen := sc.seen[l/64]&(1<<(l%64)) != 0; seen != (len(want) > 0) {
			t.Fatalf("literal %q on %q: seen %v, %d occurrences", lit, v.s, seen, len(want))
		}
		found += len(want)
	}
	return found
}

func TestScanLiteralsSameAsSearch(t *testing.T) {
	found := 0
	for _, text := range litTexts(t) {
		found += checkScanLiterals(t, text)
	}
	if found < 1000 {
		t.Fatalf("only %d occurrences", found)
	}
}

// checkLitBits: for every list of literals of the shared cue set (and
// one it was not built with), possibleBits answers what the
// literal-by-literal walk answers, and litWindowsBits gives its windows,
// once merged.
func checkLitBits(t *testing.T, text string) {
	lists := append(cueLiterals(), []string{"not in the set", "only "})
	possible := func(v *view, lits []string) bool {
		for re, pl := range prefilters {
			if &pl[0] == &lits[0] {
				return v.possible(re)
			}
		}
		return false
	}
	v := newView(FieldText, text)
	defer v.release()
	for _, lits := range lists {
		if len(lits) == 0 {
			continue
		}
		gotW, gotP := mergeWindows(v.litWindows(nil, lits)), possible(v, lits)
		scanShortcutsOff = true
		wantW, wantP := mergeWindows(v.litWindows(nil, lits)), possible(v, lits)
		scanShortcutsOff = false
		if !reflect.DeepEqual(gotW, wantW) || gotP != wantP {
			t.Fatalf("literals %q on %q: windows %v, possible %v; want %v, %v", lits, v.s, gotW, gotP, wantW, wantP)
		}
	}
}

func TestLitBitsSame(t *testing.T) {
	for _, text := range litTexts(t) {
		checkLitBits(t, text)
	}
}

func FuzzLitBits(f *testing.F) {
	f.Add("only 5 spots left. Send your full name, age and a photo today!")
	f.Add("Reviewed by our lead; paid stipend of $500. Western Union or bitcoin only.")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		checkScanLiterals(t, text)
		checkLitBits(t, text)
	})
}

// hasSentByte reports whether one of the eight bytes of w is a line
// break, '.', '!' or '?' (a byte equal to c is a zero byte of w^c, found
// by the classic test for a zero byte in a word): the test newSentIndex
// made before sentBytes, kept as a reference.
func hasSentByte(w uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(v uint64) uint64 { return (v - ones) &^ v & highs }
	return zero(w^(ones*'\n'))|zero(w^(ones*'.'))|zero(w^(ones*'!'))|zero(w^(ones*'?')) != 0
}

// TestSentBytes: the lowest mark of sentBytes is the first sentence byte.
func TestSentBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	alpha := []byte("ab .!?\n\x00\x01\xff-")
	for range 100000 {
		var w uint64
		first := -1
		for k := range 8 {
			c := alpha[rng.IntN(len(alpha))]
			if first < 0 && (c == '\n' || c == '.' || c == '!' || c == '?') {
				first = k
			}
			w |= uint64(c) << (8 * k)
		}
		m := sentBytes(w)
		if hasSentByte(w) != (m != 0) || first < 0 && m != 0 || first >= 0 && bits.TrailingZeros64(m)/8 != first {
			t.Fatalf("sentBytes(%#x) = %#x, first sentence byte %d", w, m, first)
		}
	}
}
