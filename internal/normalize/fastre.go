package normalize

import (
	"errors"
	"math"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/coregx/ahocorasick"
)

// A cueRegexp finds the matches of a regular expression in long texts
// without running it at every position: its matches can only start where
// one of a few literal prefixes ("apply", "deadline", "due", ...) occurs, so
// an Aho-Corasick automaton finds those places in one pass and the
// expression runs anchored there only. The results are exactly those of
// the plain regexp.
//
// The prefixes are derived from the expression's syntax tree and compared
// ASCII case-insensitively (the automaton runs over an ASCII lower-cased
// copy of the text); a prefix may require a word boundary (\b) where it
// starts. Texts holding the only non-ASCII runes that fold to ASCII letters
// (ſ U+017F and K U+212A) take the plain regexp.
type cueRegexp struct {
	re *regexp.Regexp
	// at0 is re anchored at the start of the text; atCtx is re anchored
	// after one leading rune: run on s[p-1:], it gives the match at p with
	// the byte before p as context for \b.
	at0, atCtx *regexp.Regexp
	maxLen     int // most bytes a match spans, -1 when unbounded
	// ac finds the prefixes; a pattern id at or above nPlain needs a word
	// boundary where it starts.
	ac        *ahocorasick.Automaton
	nPlain    int
	minPrefix int // bytes of the shortest prefix
}

// reference makes the accelerated matchers of this package take the plain
// paths they stand for: a cue regexp runs its regexp over the whole text, a
// key regexp its regexp with submatches over each window, wordMatches its
// regexp. Only tests set it, to check that Normalize's results do not
// depend on the accelerations; nothing else may.
var reference bool

// boundary marks a prefix that starts at a word boundary.
const boundary = 0

// newCueRegexp compiles expr. It panics when no prefixes can be derived:
// the expression needs a plain regexp.
func newCueRegexp(expr string) *cueRegexp {
	c, err := compileCue(expr)
	if err != nil {
		panic("cueRegexp: " + err.Error())
	}
	return c
}

// compileCue compiles expr as a cue regexp, or reports why its matches
// cannot be found by literal prefixes.
func compileCue(expr string) (*cueRegexp, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, err
	}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, err
	}
	c := &cueRegexp{
		re:     re,
		at0:    regexp.MustCompile(`^(?:` + expr + `)`),
		atCtx:  regexp.MustCompile(`^(?s:.)(?:` + expr + `)`),
		maxLen: maxBytes(tree),
	}
	if minBytes(tree) == 0 {
		return nil, errors.New(expr + " matches the empty string")
	}
	// The longest prefixes, up to 8 bytes, of which there are at most 3000.
	// Their number grows with their length: try lengths upward and stop at
	// the first that has too many (a failing try is the costly one).
	var set map[string]uint8
	for n := 1; n <= 8; n++ {
		s := litPrefixes(tree, n, 3000)
		if s == nil {
			break
		}
		set = s
	}
	if set == nil {
		return nil, errors.New("no prefixes for " + expr)
	}
	plain, bounded := map[string]bool{}, map[string]bool{}
	c.minPrefix = math.MaxInt
	for p := range set {
		if p == "" || p == string(rune(boundary)) {
			return nil, errors.New("empty prefix for " + expr)
		}
		if p[0] == boundary {
			bounded[p[1:]] = true
		} else {
			plain[p] = true
		}
	}
	var pats []string
	for p := range plain {
		pats = append(pats, p)
		delete(bounded, p) // a prefix without the boundary needs none
	}
	c.nPlain = len(pats)
	for p := range bounded {
		pats = append(pats, p)
	}
	for _, p := range pats {
		c.minPrefix = min(c.minPrefix, len(p))
	}
	slices.Sort(pats[:c.nPlain])
	slices.Sort(pats[c.nPlain:])
	if c.ac, err = ahocorasick.NewBuilder().AddStrings(pats).Build(); err != nil {
		return nil, errors.New(expr + ": " + err.Error())
	}
	return c, nil
}

// slowText reports a text with runes that case-fold to ASCII letters, which
// the ASCII prefix comparison would miss.
func slowText(s string) bool {
	return strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
}

// fold maps a byte to its class in the prefix search: ASCII letters to
// lower case, the white space of \s (\t \n \f \r and space) to a space,
// digits to '0'; other bytes to themselves. Prefixes are folded alike, so a
// text holding a prefix at p holds its folded form at p in the folded text:
// the candidates are a superset of the match starts. Folding white space
// and digits keeps the prefix sets of expressions like `\s*\d{1,4}` small
// enough to be long, hence selective.
var fold = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c) + 'a' - 'A'
	}
	for _, c := range "\t\n\f\r" {
		t[c] = ' '
	}
	for c := '1'; c <= '9'; c++ {
		t[c] = '0'
	}
	return t
}()

// lowerPool holds the buffers of the folded texts.
var lowerPool = sync.Pool{New: func() any { return new([]byte) }}

// candidates returns the starts of the prefixes in s, ascending, each once.
func (c *cueRegexp) candidates(s string) []int {
	bp := lowerPool.Get().(*[]byte)
	low := append((*bp)[:0], s...)
	for i, b := range low {
		low[i] = fold[b]
	}
	// One linear pass of the automaton. (The library's IsMatch is no fast
	// path here: its prefilter looks for each start byte in the rest of the
	// text again after every partial match, quadratic on prose.)
	var out []int
	for _, m := range c.ac.FindAllOverlapping(low) {
		p := m.Start
		if m.PatternID >= c.nPlain && (p > 0 && isASCIIWord(s[p-1])) == isASCIIWord(s[p]) {
			continue
		}
		out = append(out, p)
	}
	*bp = low
	lowerPool.Put(bp)
	// The matches come by their end: sort by start.
	slices.Sort(out)
	return slices.Compact(out)
}

// hasPrefixFold reports whether s starts with the lower-case prefix p,
// ignoring ASCII case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		b := s[i]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != p[i] {
			return false
		}
	}
	return true
}

func isASCIIWord(b byte) bool { return isLetterByte(b) || isDigit(b) || b == '_' }

// at returns the submatch indexes of the match starting at p, or nil.
func (c *cueRegexp) at(s string, p int) []int {
	end := len(s)
	if c.maxLen >= 0 {
		end = min(end, p+c.maxLen+utf8.UTFMax)
	}
	if p == 0 {
		return c.at0.FindStringSubmatchIndex(s[:end])
	}
	m := c.atCtx.FindStringSubmatchIndex(s[p-1 : end])
	if m == nil {
		return nil
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += p - 1
		}
	}
	m[0] = p
	return m
}

// matchAt reports whether a match starts at p.
func (c *cueRegexp) matchAt(s string, p int) bool {
	end := len(s)
	if c.maxLen >= 0 {
		end = min(end, p+c.maxLen+utf8.UTFMax)
	}
	if p == 0 {
		return c.at0.MatchString(s[:end])
	}
	return c.atCtx.MatchString(s[p-1 : end])
}

// MatchString is regexp.MatchString.
func (c *cueRegexp) MatchString(s string) bool {
	if reference || slowText(s) {
		return c.re.MatchString(s)
	}
	for _, p := range c.candidates(s) {
		if c.matchAt(s, p) {
			return true
		}
	}
	return false
}

// FindStringSubmatchIndex is regexp.FindStringSubmatchIndex.
func (c *cueRegexp) FindStringSubmatchIndex(s string) []int {
	if reference || slowText(s) {
		return c.re.FindStringSubmatchIndex(s)
	}
	for _, p := range c.candidates(s) {
		if m := c.at(s, p); m != nil {
			return m
		}
	}
	return nil
}

// FindStringIndex is regexp.FindStringIndex.
func (c *cueRegexp) FindStringIndex(s string) []int {
	m := c.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	return m[:2:2]
}

// FindAllStringSubmatchIndex is regexp.FindAllStringSubmatchIndex.
func (c *cueRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if reference || slowText(s) {
		return c.re.FindAllStringSubmatchIndex(s, n)
	}
	var out [][]int
	end := 0 // where the last match ends; matches are never empty
	for _, p := range c.candidates(s) {
		if n >= 0 && len(out) >= n {
			break
		}
		if p < end {
			continue
		}
		if m := c.at(s, p); m != nil {
			out = append(out, m)
			end = m[1]
		}
	}
	return out
}

// FindAllStringIndex is regexp.FindAllStringIndex.
func (c *cueRegexp) FindAllStringIndex(s string, n int) [][]int {
	all := c.FindAllStringSubmatchIndex(s, n)
	for i, m := range all {
		all[i] = m[:2:2]
	}
	return all
}

// FindAllStringSubmatch is regexp.FindAllStringSubmatch.
func (c *cueRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	for _, m := range c.FindAllStringSubmatchIndex(s, n) {
		g := make([]string, len(m)/2)
		for i := range g {
			if m[2*i] >= 0 {
				g[i] = s[m[2*i]:m[2*i+1]]
			}
		}
		out = append(out, g)
	}
	return out
}

// SubexpIndex is regexp.SubexpIndex.
func (c *cueRegexp) SubexpIndex(name string) int { return c.re.SubexpIndex(name) }

// String is the expression.
func (c *cueRegexp) String() string { return c.re.String() }

const unbounded = -1

// maxBytes is the most bytes a match of re can span, or unbounded.
func maxBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += maxRuneLen(r, re.Flags&syntax.FoldCase != 0)
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		return maxRuneLen(re.Rune[len(re.Rune)-1], false)
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture:
		return maxBytes(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			m := maxBytes(sub)
			if m == unbounded {
				return unbounded
			}
			n += m
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			m := maxBytes(sub)
			if m == unbounded {
				return unbounded
			}
			n = max(n, m)
		}
		return n
	case syntax.OpQuest:
		return maxBytes(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		if maxBytes(re.Sub[0]) == 0 {
			return 0
		}
		return unbounded
	case syntax.OpRepeat:
		m := maxBytes(re.Sub[0])
		if m == unbounded || (re.Max < 0 && m > 0) {
			return unbounded
		}
		return m * max(re.Max, 0)
	}
	return 0 // empty match and assertions
}

// maxRuneLen is the UTF-8 length of r, or of the longest rune it folds to.
func maxRuneLen(r rune, fold bool) int {
	n := utf8.RuneLen(r)
	if n < 0 {
		n = utf8.UTFMax
	}
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			n = max(n, utf8.RuneLen(f))
		}
	}
	return n
}

// minBytes is the fewest bytes a match of re spans.
func minBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minBytes(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minBytes(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if m := minBytes(sub); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	case syntax.OpRepeat:
		return minBytes(re.Sub[0]) * re.Min
	}
	return 0 // quest, star, empty match and assertions
}

// Flags of a literal prefix: a match can be exactly the prefix, or longer.
const (
	prefixWhole = 1 << iota
	prefixPart
)

// litPrefixes returns lower-case literal prefixes, at most n bytes long,
// one of which every match of re starts with (ignoring ASCII case), with
// their flags. It returns nil when there would be more than limit.
func litPrefixes(re *syntax.Regexp, n, limit int) map[string]uint8 {
	set := map[string]uint8{}
	add := func(p string, f uint8) {
		if len(p) > n {
			p, f = p[:n], prefixPart
		}
		set[p] |= f
	}
	cat := func(p, q string) string {
		if len(q) > 0 && q[0] == boundary && p != "" {
			return p + q[1:] // a boundary after the start: not checked
		}
		return p + q
	}
	switch re.Op {
	case syntax.OpLiteral:
		var b []byte
		f := uint8(prefixWhole)
		for _, r := range re.Rune {
			if r == boundary {
				f = prefixPart
				break
			}
			if r < utf8.RuneSelf {
				r = rune(fold[r]) // compared without case in any case
			} else if re.Flags&syntax.FoldCase != 0 && unicode.SimpleFold(r) != r {
				f = prefixPart
				break
			}
			b = utf8.AppendRune(b, r)
		}
		add(string(b), f)
	case syntax.OpCharClass:
		chars := map[string]bool{}
		distinct := map[rune]bool{} // the class's runes but for case: a broad class ends the prefix
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo > 64 {
				return map[string]uint8{"": prefixPart}
			}
			for r := lo; r <= hi; r++ {
				switch {
				case r == boundary:
					return map[string]uint8{"": prefixPart}
				case r == 0x17f || r == 0x212a:
					// folds to s or k: such texts take the plain regexp
				case r < utf8.RuneSelf:
					chars[string(rune(fold[r]))] = true
					distinct[unicode.ToLower(r)] = true
				default:
					chars[string(r)] = true
					distinct[r] = true
				}
			}
		}
		if len(distinct) > 32 {
			return map[string]uint8{"": prefixPart}
		}
		for ch := range chars {
			add(ch, prefixWhole)
		}
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		add("", prefixPart)
	case syntax.OpCapture:
		return litPrefixes(re.Sub[0], n, limit)
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s := litPrefixes(sub, n, limit)
			if s == nil {
				return nil
			}
			for p, f := range s {
				set[p] |= f
			}
		}
	case syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		s := litPrefixes(re.Sub[0], n, limit)
		if s == nil {
			return nil
		}
		lo, hi := 0, -1 // repetitions
		switch re.Op {
		case syntax.OpQuest:
			hi = 1
		case syntax.OpPlus:
			lo = 1
		case syntax.OpRepeat:
			lo, hi = re.Min, re.Max
		}
		if minBytes(re.Sub[0]) == 0 {
			// cannot unroll: only the first repetition's prefixes
			for p, f := range s {
				if hi != 1 {
					f = prefixPart
				}
				set[p] |= f
			}
			if lo == 0 {
				set[""] |= prefixWhole
			}
			break
		}
		// Unroll the repetitions until the prefixes are n bytes long.
		cur := map[string]uint8{"": prefixWhole} // after k repetitions
		for k := 0; len(cur) > 0; k++ {
			if k >= lo {
				for p := range cur {
					set[p] |= prefixWhole
				}
			}
			if k == hi {
				break
			}
			next := map[string]uint8{}
			for p := range cur {
				for q, g := range s {
					pq := cat(p, q)
					if len(pq) > n {
						set[pq[:n]] |= prefixPart
						continue
					}
					if g&prefixPart != 0 {
						set[pq] |= prefixPart
					}
					if g&prefixWhole != 0 {
						if len(pq) == n && hi < 0 {
							set[pq] |= prefixPart // more may follow
							if k+1 >= lo {
								set[pq] |= prefixWhole
							}
							continue
						}
						next[pq] |= prefixWhole
					}
				}
				if len(set)+len(next) > limit {
					return nil
				}
			}
			if len(set)+len(next) > limit {
				return nil
			}
			cur = next
		}
	case syntax.OpConcat:
		set[""] = prefixWhole
		for _, sub := range re.Sub {
			whole := false
			for _, f := range set {
				whole = whole || f&prefixWhole != 0
			}
			if !whole {
				break
			}
			s := litPrefixes(sub, n, limit)
			if s == nil {
				return nil
			}
			prev := set
			set = map[string]uint8{}
			for p, f := range prev {
				if f&prefixPart != 0 {
					set[p] |= prefixPart
				}
				if f&prefixWhole == 0 {
					continue
				}
				for q, g := range s {
					add(cat(p, q), g)
				}
				if len(set) > limit {
					return nil
				}
			}
			if len(set) > limit {
				return nil
			}
		}
	case syntax.OpWordBoundary:
		add(string(rune(boundary)), prefixWhole)
	default:
		add("", prefixWhole) // empty match and other assertions
	}
	if len(set) > limit {
		return nil
	}
	return set
}

// containsFold reports whether s contains the lower-case ASCII sub,
// ignoring ASCII case: strings.Contains(strings.ToLower(s), sub) when sub
// has neither i nor k (the only ASCII letters non-ASCII runes lower-case to).
func containsFold(s, sub string) bool {
	if sub == "" {
		return true
	}
	c0, c1 := sub[0], sub[0]
	if c0 >= 'a' && c0 <= 'z' {
		c1 = c0 - 'a' + 'A'
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if (s[i] == c0 || s[i] == c1) && hasPrefixFold(s[i:], sub) {
			return true
		}
	}
	return false
}

// wordEnd returns the end of the run of ASCII word characters (\w) at i.
func wordEnd(s string, i int) int {
	for i < len(s) && isASCIIWord(s[i]) {
		i++
	}
	return i
}
