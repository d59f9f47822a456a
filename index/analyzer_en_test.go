package index

import (
	"bytes"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/registry"
)

func analyzers(tb testing.TB) (want, got analysis.Analyzer) {
	tb.Helper()
	c := registry.NewCache()
	want, err := c.AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		tb.Fatal(err)
	}
	got, err = c.AnalyzerNamed(analyzerName)
	if err != nil {
		tb.Fatal(err)
	}
	return want, got
}

// diffTokens reports how fast's tokens of text differ from en's: "" when
// they are the same (term, offsets, position, type, keyword), and fast
// left its input as it was.
func diffTokens(want, got analysis.Analyzer, text []byte) string {
	w := want.Analyze(bytes.Clone(text))
	in := bytes.Clone(text)
	g := got.Analyze(in)
	if !bytes.Equal(in, text) {
		return "the analyzer wrote to its input"
	}
	for i := range max(len(w), len(g)) {
		switch {
		case i >= len(w):
			return fmt.Sprintf("token %d: extra %s", i, tokString(g[i]))
		case i >= len(g):
			return fmt.Sprintf("token %d: missing %s", i, tokString(w[i]))
		case !bytes.Equal(w[i].Term, g[i].Term) || w[i].Start != g[i].Start || w[i].End != g[i].End ||
			w[i].Position != g[i].Position || w[i].Type != g[i].Type || w[i].KeyWord != g[i].KeyWord:
			return fmt.Sprintf("token %d: got %s, want %s", i, tokString(g[i]), tokString(w[i]))
		}
	}
	return ""
}

func tokString(t *analysis.Token) string {
	return fmt.Sprintf("{%q %d-%d pos %d type %d kw %v}", t.Term, t.Start, t.End, t.Position, t.Type, t.KeyWord)
}

// fastEnCases are the word rules' corners, in ASCII and around it.
var fastEnCases = []string{
	"", " ", "a", "A", "_", "__", "1", "Data analysis micro-internship", "Earn $500 daily data entry",
	"a.b", "a..b", "a.b.", ".a.b", "a.b.c.d", "U.S.", "A.I. and U.S.A", "node.js", "Node.JS", "v2.0.1", "3.14", "1.a", "a.1",
	"1,000.50", "1,a", "a,b", "1;2", "a;b", "3:30", "a:b", "a::b", "1:2", "12:30pm", "a:1", "1''2", "1'2", "a'b", "a''b",
	"a1.b2", "1a.2b", "a1,2", "1,2a", "a_b", "a_.b", "a._b", "_a_", "__1", "1_", "1__2", "_1_a", "1_.2", "1._2", "x_1.5",
	"O'Neil's", "JOHN'S", "it's", "It'S", "'s", "s's", "x'", "'x", "'", "''", "can't", "shouldn't've", "students' work",
	"e-mail", "C++", "C#", "@home", "jobs@acme.io", "https://acme.io/careers/12?x=1&y=2", "$20/hr", "12.5%", "10-15 hours",
	"\"quoted\"", "a\"b", "1\"2", "\r\n", "a\r\nb", "a\rb\nc\vd\fe", "tab\tseparated\twords", "the of and to", "The THE tHe",
	"running runs ran runner", "generalizations", "relational conditional", "hopping hoped hoping", "sky skies", "y",
	"caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping tanned",
	"café", "naïve résumé", "don’t", "students’ work", "Zoë’s", "ＡＢＣ＇ｓ", "über-cool", "Łukasz", "straße", "İstanbul",
	"ΣΊΣΥΦΟΣ", "Ⱥbc", "a\u0301b", "e\u0301", " \u0301x", "x \u0301 y", "ab\u200bcd", "ab\u200dcd", "ab\u00adcd",
	"א\"ב", "אב'", "א'ב", "日本語のテキスト", "カタカナ_カナ", "한국어 텍스트", "中文123", "🇺🇸🇬🇧 flags", "emoji 👍🏽 ok",
	"x\xffy", "\xff", "a \xff b", "ab\xc3", "\xc3\xa9t\xe9", "mixed café and plain words, then 1,000 more.",
	"• bullet – dash — em … ellipsis “quotes” «guillemets»", "a\u2019s", "a\uff07s", "a\u2018b", "1\u20182",
	"x\u00b7y", "x\u2027y", "1\u066c2", "a\u0589b", "1\ufe502",
	"don’t", "it’s", "IT’S", "Zoë’s", "a’’b", "a‘b’c", "1’2", "1‘2", "a’1", "x’", "’s", "’", "students’ work", "We’re",
	"word–word", "word—word", "“quoted”", "• item", "a\u00a0b", "…and", "and…", "–\u0301x", "•\u200dx", "a’\u0301s",
	"“a’s”", "a’s’s", "a’\u2019s", "’’", "x ’s y", "don’t–can’t—won’t",
}

func TestFastEnSameTokens(t *testing.T) {
	want, got := analyzers(t)
	check := func(name, text string) {
		t.Helper()
		for round := range 2 { // the second round reads the memo
			if d := diffTokens(want, got, []byte(text)); d != "" {
				t.Errorf("%s (round %d) %.80q: %s", name, round, text, d)
				return
			}
		}
	}
	for _, c := range fastEnCases {
		check("case", c)
		check("case padded", "Start, "+c+" end.")
		check("case joined", "x"+c+"y")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		check(fmt.Sprint("listing ", i), listingText(rng, 50+rng.IntN(300), i%2 == 0))
	}
	// Random strings over the rules' alphabet.
	alphabet := []string{"a", "B", "z", "s", "S", "1", "0", "_", ".", "'", ":", ",", ";", "\"", " ", "\n", "\r", "-", "/", "é", "’",
		"\u0301", "\u200d", "\u00ad", "‘", "–", "—", "•", "“", "”", "…", "\u00a0", "\u2028", "\u00b7", "א", "カ", "日", "한", "🇺", "＇", "Σ", "\xff", "the", "running", "data's"}
	for i := range 5000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		check(fmt.Sprint("random ", i), b.String())
	}
	// The repository's test data: crawled pages, feeds, fixtures.
	files := 0
	for _, root := range []string{"../crawler", "../internal", "../testdata", "../cmd"} {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.Contains(filepath.ToSlash(path), "/testdata/") {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil || len(b) > 1<<20 {
				return nil
			}
			files++
			check(path, string(b))
			return nil
		})
	}
	if files == 0 {
		t.Error("no testdata files found")
	}
}

// TestFastEnConcurrent analyzes from several goroutines at once (the
// analysis workers do), each text checked against en: the memo is shared.
func TestFastEnConcurrent(t *testing.T) {
	want, got := analyzers(t)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(g), 9))
			for i := range 40 {
				if d := diffTokens(want, got, []byte(listingText(rng, 200, i%3 == 0))); d != "" {
					errs <- d
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for d := range errs {
		t.Error(d)
	}
}

func FuzzFastEnSameTokens(f *testing.F) {
	for _, c := range fastEnCases {
		f.Add(c)
	}
	f.Add(listingText(rand.New(rand.NewPCG(1, 1)), 80, true))
	want, got := analyzers(f)
	f.Fuzz(func(t *testing.T, s string) {
		if d := diffTokens(want, got, []byte(s)); d != "" {
			t.Errorf("%q (valid UTF-8 %v): %s", s, utf8.ValidString(s), d)
		}
	})
}

// BenchmarkAnalyzers analyzes realistic listing texts with en and with
// the fast analyzer.
func BenchmarkAnalyzers(b *testing.B) {
	want, got := analyzers(b)
	var texts [][]byte
	for i := range 200 {
		texts = append(texts, []byte(realisticChange(i).Listing.Text))
	}
	for _, a := range []struct {
		name string
		an   analysis.Analyzer
	}{{"en", want}, {"fast", got}} {
		b.Run(a.name, func(b *testing.B) {
			buf := make([]byte, 0, 1<<14)
			for i := 0; b.Loop(); i++ {
				buf = append(buf[:0], texts[i%len(texts)]...)
				a.an.Analyze(buf)
			}
		})
	}
}
