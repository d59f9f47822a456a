package textcue

import (
	"go/parser"
	"go/token"
	"maps"
	"path/filepath"
	"reflect"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

var (
	redflagLike   = Options{MaxClass: 12, Truncate: true}
	normalizeLike = Options{Folded: true, MaxClass: 32, Unroll: true}
)

func TestPrefixes(t *testing.T) {
	for _, c := range []struct {
		expr     string
		n, limit int
		o        Options
		want     map[string]uint8 // nil: too many
	}{
		{`abc`, 8, 100, redflagLike, map[string]uint8{"abc": Whole}},
		{`abcdef`, 3, 100, redflagLike, map[string]uint8{"abc": Part}},
		{`a|bc`, 8, 100, redflagLike, map[string]uint8{"a": Whole, "bc": Whole}},
		{`\bfoo`, 8, 100, redflagLike, map[string]uint8{"\x00foo": Whole}},
		{`x\bfoo`, 8, 100, redflagLike, map[string]uint8{"xfoo": Whole}},
		{`ab*`, 8, 100, redflagLike, map[string]uint8{"a": Whole, "ab": Part}},
		{`ab?c`, 8, 100, redflagLike, map[string]uint8{"ac": Whole, "abc": Whole}},
		{`[a-z]x`, 8, 100, redflagLike, map[string]uint8{"": Part}},
		{`[ab]x`, 8, 100, redflagLike, map[string]uint8{"ax": Whole, "bx": Whole}},
		{`.x`, 8, 100, redflagLike, map[string]uint8{"": Part}},
		{`(a|b|c)(d|e|f)`, 8, 5, redflagLike, map[string]uint8{"a": Part, "b": Part, "c": Part}},
		{`(a|b|c)(d|e|f)`, 8, 5, normalizeLike, nil},
		{`(?i)Apply BY`, 8, 100, normalizeLike, map[string]uint8{"apply by": Whole}},
		{`(?i)due\s+\d`, 8, 100, normalizeLike, map[string]uint8{"due 0": Whole, "due  0": Whole, "due   0": Whole, "due    0": Whole, "due     ": Part}},
		{`(?i)x\d{1,2}`, 8, 100, normalizeLike, map[string]uint8{"x0": Whole, "x00": Whole}},
		{`(?i)x\d{1,2}`, 8, 100, redflagLike, map[string]uint8{"": Part}}, // case folding needs Folded
		{`x[0-2]{1,2}`, 8, 100, redflagLike, map[string]uint8{"x0": Part, "x1": Part, "x2": Part}},
		{`(?i)über`, 8, 100, normalizeLike, map[string]uint8{"": Part}},
		{`(?i)[sk]a`, 8, 100, normalizeLike, map[string]uint8{"sa": Whole, "ka": Whole}},
		{`(?i)[\p{L}]x`, 8, 100, normalizeLike, map[string]uint8{"": Part}},
	} {
		tree, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := Prefixes(tree, c.n, c.limit, &c.o); !maps.Equal(got, c.want) {
			t.Errorf("Prefixes(%q, %d, %d, %+v) = %q, want %q", c.expr, c.n, c.limit, c.o, got, c.want)
		}
	}
}

func TestBytes(t *testing.T) {
	for _, c := range []struct {
		expr     string
		max, min int
	}{
		{`abc`, 3, 3},
		{`a|bcd`, 3, 1},
		{`ab?`, 2, 1},
		{`a*`, Unbounded, 0},
		{`a{2,3}`, 3, 2},
		{`a{2,}`, Unbounded, 2},
		{`é`, 2, 1},
		{`(?i)k`, 3, 1}, // K, the Kelvin sign, is 3 bytes
		{`[a-z]x`, 2, 2},
		{`.`, 4, 1},
		{`\b`, 0, 0},
	} {
		tree, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := MaxBytes(tree); got != c.max {
			t.Errorf("MaxBytes(%q) = %d, want %d", c.expr, got, c.max)
		}
		if got := MinBytes(tree); got != c.min {
			t.Errorf("MinBytes(%q) = %d, want %d", c.expr, got, c.min)
		}
	}
}

func TestPatterns(t *testing.T) {
	for _, c := range []struct {
		set            map[string]uint8
		plain, bounded []string
		ok             bool
	}{
		{map[string]uint8{"\x00ab": Whole, "ab": Whole, "\x00cd": Part, "x": Whole}, []string{"ab", "x"}, []string{"cd"}, true},
		{map[string]uint8{"\x00ab": Whole}, nil, []string{"ab"}, true},
		{map[string]uint8{"ab": Whole, "": Whole}, nil, nil, false},
		{map[string]uint8{"ab": Whole, "\x00": Whole}, nil, nil, false},
		{nil, nil, nil, false},
	} {
		plain, bounded, ok := Patterns(c.set)
		if !slices.Equal(plain, c.plain) || !slices.Equal(bounded, c.bounded) || ok != c.ok {
			t.Errorf("Patterns(%q) = %q, %q, %v, want %q, %q, %v", c.set, plain, bounded, ok, c.plain, c.bounded, c.ok)
		}
	}
}

// regexpCases are expressions a Regexp accepts, with the texts to check.
var regexpCases = []string{
	`(?i)\bapply (?:by|before)\b`,
	`(?i)\b(?P<a>\d{1,3})(?:\s*-\s*(?P<b>\d{1,3}))?\s*hours?\b`,
	`(?i)(?:due|deadline)\s*:?\s*$`,
	`(?i)\bremote(?:ly)?\b`,
	`(?i)\bon-?site|in[- ]office\b`,
	`(?i)(?:^|\n)[ \t]*(?:hybrid|remote)[ \t]*(?:\n|$)`,
	`(?i)\$\d+(?:k|,\d{3})?`,
	`(?i)\bstraße\b`,
	`(?i)\bsk[iy]`,
}

var regexpTexts = []string{
	"", "Apply by June 30", "xApply by June 30", "please APPLY BEFORE friday", "10-20 hours a week", "about 5hours",
	"Due:", "deadline :  ", "due: soon", "Remote", "remotely, or REMOTE.", "on-site in-office onsite", "A\nHybrid\nB",
	"\n remote \n", "$50k or $1,000 or $", "Straße STRASSE", "\u017fky SKY \u212ai", "ſkiing", "\xffapply by\xff",
	"ÄPPLY BY", "12 hours 300 hours 1000 hours", "skate ski sky",
}

// checkRegexp compares every search of c with the plain regexp's on s.
func checkRegexp(t *testing.T, c *Regexp, s string) {
	t.Helper()
	re := c.Plain()
	for _, got := range []struct {
		name      string
		got, want any
	}{
		{"MatchString", c.MatchString(s), re.MatchString(s)},
		{"FindStringIndex", c.FindStringIndex(s), re.FindStringIndex(s)},
		{"FindStringSubmatchIndex", c.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s)},
		{"FindAllStringIndex", c.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1)},
		{"FindAllStringIndex 1", c.FindAllStringIndex(s, 1), re.FindAllStringIndex(s, 1)},
		{"FindAllStringSubmatchIndex", c.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1)},
		{"FindAllStringSubmatch", c.FindAllStringSubmatch(s, -1), re.FindAllStringSubmatch(s, -1)},
	} {
		if !reflect.DeepEqual(got.got, got.want) {
			t.Errorf("%s: %s(%q) = %v, want %v", re, got.name, s, got.got, got.want)
		}
	}
}

func TestRegexpMatchesPlain(t *testing.T) {
	for _, expr := range regexpCases {
		c, err := Compile(expr)
		if err != nil {
			t.Fatalf("Compile(%q): %v", expr, err)
		}
		if c.String() != expr || c.SubexpIndex("a") != c.Plain().SubexpIndex("a") {
			t.Errorf("%s: String %q, SubexpIndex %d", expr, c.String(), c.SubexpIndex("a"))
		}
		for _, s := range regexpTexts {
			checkRegexp(t, c, s)
			checkRegexp(t, c, strings.Repeat(s+" ", 3))
		}
	}
}

func TestCompileRefuses(t *testing.T) {
	for _, expr := range []string{`a*`, `\b`, `.x`, `(?i)[\p{L}]+`, `x|\w`, `(`} {
		if _, err := Compile(expr); err == nil {
			t.Errorf("Compile(%q) accepted an expression without selective prefixes", expr)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("MustCompile(`a*`) did not panic")
		}
	}()
	MustCompile(`a*`)
}

// TestAnchored: a run anchored at p finds the match a search of the
// window finds at p, with the byte before p as context for \b.
func TestAnchored(t *testing.T) {
	for _, c := range []struct {
		expr   string
		s      string
		p, w0  int
		want   []int
		window int // End's bound: the input is s[:window] at most
	}{
		{`\bab`, "xab ab", 1, 0, nil, 6},
		{`\bab`, "xab ab", 4, 0, []int{4, 6}, 6},
		{`\bab`, "xab ab", 1, 1, []int{1, 3}, 6}, // a window starting at p has no context
		{`a(b+)c`, "zabbbc", 1, 0, []int{1, 6, 2, 5}, 6},
		{`a(b+)c`, "zabbxbc", 1, 0, nil, 7},
		{`ab$`, "xab", 1, 0, []int{1, 3}, 3},
		{`ab$`, "xabc", 1, 0, nil, 4},
	} {
		tree, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		a := NewAnchored(c.expr, tree)
		end := a.End(c.s, c.p, c.window)
		if got := a.At(c.s, c.p, c.w0, end); !slices.Equal(got, c.want) {
			t.Errorf("%s at %d of %q: %v, want %v", c.expr, c.p, c.s, got, c.want)
		}
		if got := a.MatchAt(c.s, c.p, c.w0, end); got != (c.want != nil) {
			t.Errorf("%s MatchAt %d of %q: %v", c.expr, c.p, c.s, got)
		}
	}
}

// TestEnd: the input of a run ends a rune past the longest match or past
// the first byte no match holds.
func TestEnd(t *testing.T) {
	for _, c := range []struct {
		expr string
		s    string
		p    int
		want int
	}{
		{`abc`, strings.Repeat("abc", 7), 0, 7},            // 3 + a rune
		{`abc`, strings.Repeat("x", 20), 0, 4},             // x ends it
		{`[ab]+`, "abababxabababababab", 0, 10},            // x ends it
		{`[ab]+`, "abab", 0, 4},                            // the window
		{`(?i)k+`, "kKkKk" + strings.Repeat("z", 9), 0, 9}, // the other case is in
		{`.+`, strings.Repeat("z", 30), 2, 30},
	} {
		tree, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := NewAnchored(c.expr, tree).End(c.s, c.p, len(c.s)); got != c.want {
			t.Errorf("%s End(%q, %d) = %d, want %d", c.expr, c.s, c.p, got, c.want)
		}
	}
}

func TestBoundary(t *testing.T) {
	s := "a_b c-d9"
	var got []int
	for p := range len(s) {
		if AtBoundary(s, p) {
			got = append(got, p)
		}
	}
	if want := []int{0, 3, 4, 5, 6}; !slices.Equal(got, want) {
		t.Errorf("boundaries of %q: %v, want %v", s, got, want)
	}
	if got := string(Fold['A']) + string(Fold['\t']) + string(Fold['7']) + string(Fold['#']); got != "a 0#" {
		t.Errorf("Fold: %q", got)
	}
	if !SlowText("ſ") || !SlowText("\u212a") || SlowText("sk") {
		t.Error("SlowText")
	}
}

// TestImports: the package stays a leaf (see the package doc): the
// standard library and the Aho-Corasick module only.
func TestImports(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if strings.Contains(strings.Split(path, "/")[0], ".") && path != "github.com/coregx/ahocorasick" {
				t.Errorf("%s imports %s", name, path)
			}
		}
	}
}

// FuzzRegexp: on any text, each Regexp of regexpCases finds what the plain
// regexp finds.
func FuzzRegexp(f *testing.F) {
	for _, s := range regexpTexts {
		f.Add(s)
	}
	var cs []*Regexp
	for _, expr := range regexpCases {
		cs = append(cs, MustCompile(expr))
	}
	cs = append(cs, MustCompile(`(?i)\b(?:x|y)\w{0,3}\d`)) // one-byte prefixes
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range cs {
			checkRegexp(t, c, s)
		}
	})
}

// TestPooledBuffersConcurrent: searches running at once, long texts after
// short ones and back, each take their own pooled fold and candidate
// buffers: every result is still the plain regexp's.
func TestPooledBuffersConcurrent(t *testing.T) {
	var cs []*Regexp
	for _, expr := range regexpCases {
		cs = append(cs, MustCompile(expr))
	}
	var texts []string
	for _, s := range regexpTexts {
		texts = append(texts, strings.Repeat(s+" ", 4), s)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range texts {
				s := texts[(i+g)%len(texts)]
				for _, c := range cs {
					checkRegexp(t, c, s)
				}
			}
		})
	}
	wg.Wait()
}
