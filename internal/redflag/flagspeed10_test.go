package redflag

import (
	"math/rand/v2"
	"reflect"
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

// flagspeed10Listings: sameListings and the pipeline's listings.
func flagspeed10Listings(t *testing.T) []model.Listing {
	ls := append([]model.Listing(nil), sameListings(t)...)
	return append(ls, pipelineListings(64)...)
}

// TestFlagspeed10Same: the engine gives the same flags (evidence spans and
// reasons included) with and without the shortcuts of flagspeed10_*.go.
func TestFlagspeed10Same(t *testing.T) {
	e := New(Options{})
	for i, l := range flagspeed10Listings(t) {
		fast := e.flags(&l, false)
		flagspeed10Off = true
		ref := e.flags(&l, false)
		flagspeed10Off = false
		if !reflect.DeepEqual(fast, ref) {
			t.Fatalf("listing %d (%q): with the shortcuts %+v\nwithout %+v", i, l.Title, fast, ref)
		}
	}
}
