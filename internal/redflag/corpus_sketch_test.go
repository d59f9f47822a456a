package redflag

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// sketchText is a made-up ad of about 250 words from a shared vocabulary:
// ads made by it with different seeds share words and short phrases, as
// real ads share boilerplate, but few 4-word runs.
func sketchText(seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 7))
	openers := []string{"You will", "Your first task is to", "Next you will", "We need someone to", "Help us", "Then"}
	verbs := []string{"clean", "review", "summarize", "chart", "label", "audit", "draft", "test", "compare", "sort"}
	things := []string{"the survey results", "our sales records", "the support tickets", "the onboarding guide",
		"the grant budget", "two clinic schedules", "the sensor exports", "the partner spreadsheets", "the style guide"}
	tails := []string{"by Friday", "with the data team", "in a shared sheet", "without breaking what works", "and report back", ""}
	var b strings.Builder
	for b.Len() < 1500 {
		b.WriteString(openers[r.IntN(len(openers))] + " " + verbs[r.IntN(len(verbs))] + " " + things[r.IntN(len(things))] +
			" " + tails[r.IntN(len(tails))] + ". ")
	}
	return b.String()
}

// TestSketchJaccard: copies that swap a name, an amount and a few words
// keep most of their shingles; ads from a shared vocabulary keep few; the
// estimate follows the exact overlap.
func TestSketchJaccard(t *testing.T) {
	base := "Acme Remote Jobs is hiring " + sketchText(1)
	for _, tc := range []struct {
		name   string
		b      string
		lo, hi float64 // bounds of the estimate
	}{
		{"same text", base, 1, 1},
		{"case and punctuation", strings.ToUpper(strings.ReplaceAll(base, ".", ";")), 1, 1},
		{"name and a few words swapped", strings.NewReplacer("Acme Remote Jobs", "Zenith Careers", "Friday", "Monday").Replace(base), 0.5, 0.99},
		{"another ad, same vocabulary", "Acme Remote Jobs is hiring " + sketchText(2), 0, 0.3},
		{"half of it", base[:len(base)/2], 0.3, 0.7},
	} {
		a, b := Sketch(base), Sketch(tc.b)
		got := jaccard(&a.Min, &b.Min)
		if got < tc.lo || got > tc.hi {
			t.Errorf("%s: estimate %.2f, want %.2f-%.2f (exact %.2f)", tc.name, got, tc.lo, tc.hi, exactJaccard(base, tc.b))
		}
		if want := got >= minCopyJaccard; copyConfirmed(&a, &b) != want {
			t.Errorf("%s: copyConfirmed = %v at %.2f", tc.name, !want, got)
		}
	}
	// Over many pairs of unrelated ads the estimate stays near the exact
	// overlap and far below the threshold.
	worst := 0.0
	for s := range uint64(40) {
		x, y := sketchText(100+s), sketchText(200+s)
		a, b := Sketch(x), Sketch(y)
		e, got := exactJaccard(x, y), jaccard(&a.Min, &b.Min)
		if d := got - e; d > 0.25 || d < -0.25 {
			t.Errorf("pair %d: estimate %.2f, exact %.2f", s, got, e)
		}
		worst = max(worst, got)
	}
	if worst >= minCopyJaccard {
		t.Errorf("unrelated ads estimated at up to %.2f", worst)
	}
	// Not sketched: the SimHash decides.
	var none TextSketch
	a := Sketch(base)
	if empty := Sketch(""); !copyConfirmed(&none, &a) || empty.sketched() {
		t.Error("an empty sketch must leave the decision to the SimHash")
	}
}

func exactJaccard(a, b string) float64 {
	set := func(s string) map[string]bool {
		w := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') })
		m := map[string]bool{}
		for i := 0; i+shingleWords <= len(w); i++ {
			m[strings.Join(w[i:i+shingleWords], " ")] = true
		}
		return m
	}
	x, y := set(a), set(b)
	both := 0
	for k := range x {
		if y[k] {
			both++
		}
	}
	return float64(both) / float64(len(x)+len(y)-both)
}

// TestEditsWithin: the banded word edit distance against a plain one.
func TestEditsWithin(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for k := range 3000 {
		var a [leadWords]uint16
		for i := range a {
			a[i] = uint16(r.IntN(6)) + 1 // few distinct words: many alignments
		}
		b := a
		for range r.IntN(5) {
			switch i := r.IntN(leadWords); r.IntN(3) {
			case 0:
				b[i] = uint16(r.IntN(6)) + 1
			case 1: // insert
				copy(b[i+1:], b[i:])
				b[i] = uint16(r.IntN(6)) + 1
			default: // delete, a new word at the end
				copy(b[i:], b[i+1:])
				b[leadWords-1] = uint16(r.IntN(6)) + 1
			}
		}
		if got, want := editsWithin(&a, &b), editDistance(a[:], b[:]) <= leadEdits; got != want {
			t.Fatalf("case %d: editsWithin = %v, distance %d", k, got, editDistance(a[:], b[:]))
		}
	}
}

func editDistance(a, b []uint16) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(b)]
}

// TestSketchLead: the lead's words, chunks and key; texts too short or
// opening with boilerplate have none.
func TestSketchLead(t *testing.T) {
	long := pitchLead + bodyForms
	s := Sketch(long)
	if s.LeadKey == 0 || s.Lead[0] != leadWord(wordHash("join")) || s.Lead[leadWords-1] == 0 {
		t.Fatalf("lead of a long text: key %#x, first word %#x", s.LeadKey, s.Lead[0])
	}
	for k := range leadChunks {
		if s.Chunks[k] != leadChunk(&s.Lead, k) {
			t.Fatalf("chunk %d", k)
		}
	}
	words := strings.Fields(long)
	for _, tc := range []struct {
		name string
		text string
		has  bool
	}{
		{"exactly leadWords words", strings.Join(words[:leadWords], " "), false},
		{"one more", strings.Join(words[:leadWords+1], " "), true},
		{"equal opportunity in the opening", "Acme is an Equal Opportunity employer. " + long, false},
		{"reasonable accommodations", strings.Join(words[:20], " ") + " we provide reasonable accommodations " + long, false},
		{"boilerplate after the lead", long + " We are an equal opportunity employer.", true},
	} {
		if got := Sketch(tc.text).LeadKey != 0; got != tc.has {
			t.Errorf("%s: has lead = %v, want %v", tc.name, got, tc.has)
		}
	}
}

// BenchmarkSketch: the sketch of one ad of about 1,500 bytes (what the
// recompute computes for every listing it reads).
func BenchmarkSketch(b *testing.B) {
	texts := make([]string, 16)
	for i := range texts {
		texts[i] = sketchText(uint64(i)) + " Ref " + strconv.Itoa(i)
	}
	b.SetBytes(int64(len(texts[0])))
	i := 0
	for b.Loop() {
		Sketch(texts[i%len(texts)])
		i++
	}
}
