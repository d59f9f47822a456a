package normalize

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The skills scan as first written: the reference the faster scan of
// skills.go is checked against (same skills, same order, on any text).

// tokenizeRef is tokenize as first written: it splits s into words of letters, digits and "+#&", with inner
// ".", "-", "'" and "_" kept ("node.js", "scikit-learn") and a leading "." kept
// before a letter (".NET").
func tokenizeRef(s string) []token {
	var out []token
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+' || r == '#' || r == '&'
		inner := (r == '.' || r == '-' || r == '\'' || r == '_') && i+size < len(s) && isWordByte(s[i+size])
		switch {
		case word, start >= 0 && inner:
			if start < 0 {
				start = i
			}
		case start < 0 && r == '.' && i+1 < len(s) && isLetterByte(s[i+1]) && (i == 0 || s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '('):
			start = i
		default:
			if start >= 0 {
				out = append(out, token{start, i})
				start = -1
			}
		}
		i += size
	}
	if start >= 0 {
		out = append(out, token{start, len(s)})
	}
	return out
}

// scanRef is scan as first written, with three map lookups a token: it calls add for each skill in s.
func (d *skillDict) scanRef(s string, add func(string)) {
	toks := tokenizeRef(s)
	var bufArr, lowArr [64]byte
	buf, low := bufArr[:0], lowArr[:0]
	for i := 0; i < len(toks); i++ {
		matched := 0
		low = appendLowerKey(low[:0], s[toks[i].start:toks[i].end])
		multi := i+1 < len(toks) && d.startsJoinRef(s, low, toks[i], toks[i+1])
		for n := min(d.maxN, len(toks)-i); n >= 1; n-- {
			if n > 1 && (!multi || !joinable(s, toks[i:i+n])) {
				continue
			}
			key := low
			if n > 1 {
				buf = appendLowerKey(buf[:0], s[toks[i].start:toks[i+n-1].end])
				key = buf
			}
			if name, ok := d.fold[string(key)]; ok {
				add(name)
				matched = n
				break
			}
			if n == 1 {
				w := s[toks[i].start:toks[i].end]
				if name, ok := d.exact[w]; ok && d.inContext(s, toks, i) {
					add(name)
					matched = 1
				}
			}
		}
		if matched > 1 {
			i += matched - 1
		}
	}
}

// startsJoinRef is startsJoin as first written: it reports whether the token a, lower-cased (low), and the gap
// to b start an alias of several words (a necessary condition for scan to
// find one at a).
func (d *skillDict) startsJoinRef(s string, low []byte, a, b token) bool {
	gap := s[a.end:b.start]
	if gap != " " && gap != "/" && gap != "-" && gap != "\n" {
		return false
	}
	g := gap[0]
	if g == '\n' {
		g = ' '
	}
	return d.joins[string(append(low, g))]
}

// skillsRef is Skills with scanRef.
func skillsRef(tags []string, title, text string) []string {
	out := []string{}
	seen := map[string]bool{}
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	for _, tag := range tags {
		t := strings.TrimSpace(tag)
		if name, ok := skills.fold[strings.ToLower(t)]; ok {
			add(name)
		} else if name, ok := skills.exact[t]; ok {
			add(name)
		} else if name, ok := skills.exact[strings.ToUpper(t[:min(1, len(t))])+t[min(1, len(t)):]]; ok {
			add(name)
		} else {
			skills.scanRef(t, add)
		}
	}
	skills.scanRef(title, add)
	skills.scanRef(text, add)
	return out
}

// skillCases mix aliases of one and several words, ambiguous aliases in
// and out of context, separators of every kind and non-ASCII words.
var skillCases = []string{
	"Python, SQL and Excel; Ruby on Rails/React Native - CI/CD with GitHub Actions.",
	"We Go to the office. Go and Rust developers. Swift\nprogramming. R language, C/C++, C#, .NET Core, asp.net core",
	"A/B testing, a/b testing, ab testing; Google Cloud Platform; google-cloud; Power BI/Tableau; node.js\nexpress.js",
	"Ünïcödé Pytİon, ŞQL, naïve Bayes; ＰＹＴＨＯＮ; Go! Spark & Hadoop; scikit-learn scikit learn; Java 17, java 8",
	"Microsoft SQL Server, ms sql, pl/sql, sql server\nadmin; UX/UI design; ux design; 3D modeling in Blender",
	"...NET .net 'Git' _git_ git- -git git. Git's GitHub; k8s+helm; C++/C#; a11y (WCAG)",
}

// TestSkillsSameAsReference: Skills finds what skillsRef finds, on the
// cases and on the descriptions of the package's testdata.
func TestSkillsSameAsReference(t *testing.T) {
	texts := slices.Clone(skillCases)
	for _, ts := range domainTexts() {
		texts = append(texts, ts...)
	}
	for _, name := range []string{"desc.html", "large.html"} {
		texts = append(texts, Text(readTestdata(t, name)))
	}
	found := 0
	for _, s := range texts {
		found += checkSkills(t, s)
	}
	if found < 40 {
		t.Fatalf("only %d skills in all: the cases do not exercise the scan", found)
	}
}

func checkSkills(t *testing.T, s string) int {
	t.Helper()
	tags := strings.Split(s, ",")
	got, want := Skills(tags, s, s), skillsRef(tags, s, s)
	if !slices.Equal(got, want) {
		t.Fatalf("on %q: %q, reference %q", s, got, want)
	}
	if got, want := tokenize(s), tokenizeRef(s); !slices.Equal(got, want) {
		t.Fatalf("tokenize %q: %v, reference %v", s, got, want)
	}
	return len(want)
}

// FuzzSkillsSameAsReference: on any text, Skills finds what skillsRef
// finds.
func FuzzSkillsSameAsReference(f *testing.F) {
	for _, s := range skillCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkSkills(t, s) })
}
