package textcue

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"regexp/syntax"
	"strings"
	"testing"
)

var updatePatterns = flag.Bool("update-patterns", false, "rewrite testdata/patterns.sha256 from the current code")

// patternExprs reads testdata/exprs.jsonl: the expressions the normalize
// package compiled as cue regexps when it was written (one JSON string a
// line), a corpus of real ones for the prefix search.
func patternExprs(tb testing.TB) []string {
	f, err := os.Open("testdata/exprs.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var e string
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			tb.Fatal(err)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// patternsDigest is a digest of regexpPatterns' result for expr.
func patternsDigest(tb testing.TB, expr string) string {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		tb.Fatal(err)
	}
	plain, bounded, ok := regexpPatterns(tree)
	s := strings.Join(plain, "\x01") + "\x02" + strings.Join(bounded, "\x01") + "\x02"
	if ok {
		s += "1"
	} else {
		s += "0"
	}
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// TestPatternsGolden: the prefix search finds, for each expression of the
// corpus, exactly the patterns it found before it was made faster (the
// digests in testdata/patterns.sha256 were written by the plain search:
// every length from 1 upward, each prefix joined with every suffix). A
// change that means to alter the patterns rewrites them with
// -update-patterns.
func TestPatternsGolden(t *testing.T) {
	exprs := patternExprs(t)
	var got []string
	for _, e := range exprs {
		got = append(got, patternsDigest(t, e))
	}
	if *updatePatterns {
		if err := os.WriteFile("testdata/patterns.sha256", []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile("testdata/patterns.sha256")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Fields(string(b))
	if len(want) != len(exprs) {
		t.Fatalf("%d digests for %d expressions", len(want), len(exprs))
	}
	for i := range exprs {
		if got[i] != want[i] {
			t.Errorf("patterns of expression %d changed: %.120s", i+1, exprs[i])
		}
	}
}

// BenchmarkCompileCorpus: compiling every expression of the corpus, as a
// process that uses the normalize package does once at its start.
func BenchmarkCompileCorpus(b *testing.B) {
	exprs := patternExprs(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, e := range exprs {
			Compile(e) // an error (no prefixes) is an answer too: the caller falls back
		}
	}
}
