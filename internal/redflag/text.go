package redflag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// view is one field's text prepared for matching: HTML entities decoded,
// ASCII lower-cased, typographic quotes, dashes, bullets and odd spaces
// folded, and sentence breaks restored where a source glued sentences or
// list items together ("as assigned.Adhere", "Entry ClerkData"). Every byte
// of s remembers the original bytes it came from, so a match in s maps back
// to a span of the original field text.
type view struct {
	field string
	orig  string
	s     string
	from  []int32 // from[i]: start in orig of the source of s[i]
	to    []int32 // to[i]: end in orig of the source of s[i]

	// plain runs every pattern as a plain regexp (the reference the cues
	// are tested against).
	plain bool
	// found: what the shared cue set found in s, once scanned; own: what
	// the cues with a set of their own found.
	found *cueScan
	own   map[*cue]*cueScan

	sents     *sentIndex // see view.sentence
	sentCalls int
	offs      *offsets // pooled from and to (see newView)
}

// maxEntity bounds the length of an HTML entity we try to decode.
const maxEntity = 12

// needsBreak reports whether a space should be restored before r: after a
// sentence end glued to the next sentence ("assigned.Adhere") or between a
// lower-case word and a capitalized one glued to it ("ClerkData").
func needsBreak(prev2, prev, r rune, rest string) bool {
	if !unicode.IsUpper(r) {
		return false
	}
	switch {
	case strings.ContainsRune(".!?;:)", prev):
		return unicode.IsLower(prev2) || unicode.IsDigit(prev2) || prev2 == ')'
	case unicode.IsLower(prev) && unicode.IsLower(prev2):
		next, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsLower(next)
	}
	return false
}

// foldRune returns the matching form of one rune.
func foldRune(r rune) string {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r == '\t' || r == '\r' || r == '\f' || r == '\v' {
			r = ' '
		}
		return string(r)
	case r == '\u2018' || r == '\u2019' || r == '\u02bc':
		return "'"
	case r == '\u201c' || r == '\u201d':
		return `"`
	case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2212':
		return "-"
	case r == '\u2022' || r == '\u00b7' || r == '\u25cf' || r == '\u25aa' || r == '\u25e6' || r == '\u2023' || r == '\u2043' || r == '\u25a0':
		return "\n"
	case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
		return " "
	case r == utf8.RuneError:
		return " "
	}
	return string(unicode.ToLower(r))
}

func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(foldRune(r))
	}
	return b.String()
}

// span maps s[a:b] back to a Span of the original text, trimmed of space.
func (v *view) span(a, b int) model.Span {
	a, b = max(a, 0), min(b, len(v.s))
	for a < b && isSpaceByte(v.s[a]) {
		a++
	}
	for b > a && isSpaceByte(v.s[b-1]) {
		b--
	}
	if a >= b {
		return model.Span{Field: v.field}
	}
	v.needOffsets()
	start, end := int(v.from[a]), int(v.to[b-1])
	if end < start {
		end = start
	}
	for start < end && isSpaceByte(v.orig[start]) {
		start++
	}
	for end > start && isSpaceByte(v.orig[end-1]) {
		end--
	}
	return model.Span{Field: v.field, Start: start, End: end, Text: v.orig[start:end]}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// whole is the span of the whole field.
func (v *view) whole() model.Span { return v.span(0, len(v.s)) }

// sentenceScan returns the bounds of the sentence around s[a:b], by a
// walk (view.sentence answers the same by an index).
func (v *view) sentenceScan(a, b int) (int, int) {
	s := v.s
	start := a
	for start > 0 {
		c := s[start-1]
		if c == '\n' || ((c == '.' || c == '!' || c == '?') && start < len(s) && s[start] == ' ') {
			break
		}
		start--
	}
	end := b
	for end < len(s) {
		c := s[end]
		if c == '\n' {
			break
		}
		if (c == '.' || c == '!' || c == '?') && (end+1 == len(s) || s[end+1] == ' ' || s[end+1] == '\n') {
			end++
			break
		}
		end++
	}
	return start, end
}

// sentenceText returns the folded text of the sentence around s[a:b].
func (v *view) sentenceText(a, b int) string {
	x, y := v.sentence(a, b)
	return v.s[x:y]
}

// reWord matches a word of the folded text.
var reWord = regexp.MustCompile(`[a-z0-9][a-z0-9'$]*`)

// negators are words that, a few words before a fee or pay phrase, negate it.
var negators = map[string]bool{"no": true, "zero": true, "never": true, "without": true, "not": true,
	"non": true, "none": true, "nor": true, "free": true, "don't": true, "doesn't": true, "won't": true,
	"isn't": true, "aren't": true, "neither": true, "nothing": true, "never-any": true}

// negated reports whether the phrase at s[a:b] is negated: a negator among
// the few words before it in the same clause ("no fee", "zero start-up fee",
// "never any fees", "without any charge", "free of charge"), or a
// cancelling word right after it ("fee-free", "fees: none", "fee waived").
func (v *view) negated(a, b int) bool {
	lo := max(0, a-48)
	before := v.s[lo:a]
	if i := strings.LastIndexAny(before, ".!?;\n"); i >= 0 {
		before = before[i+1:]
	}
	for _, cut := range []string{" but ", " however ", " except "} {
		if i := strings.LastIndex(before, cut); i >= 0 {
			before = before[i+len(cut):]
		}
	}
	for _, w := range wordsBefore(before, 4) {
		if negators[w] {
			return true
		}
	}
	after := v.s[b:min(len(v.s), b+16)]
	return v.match(reNegAfter, after)
}

var reNegAfter = regexp.MustCompile(`^(-free|\s*free\b|\s*[:=-]?\s*(none|nil|n/a|\$?0\b)|\s+(is |are |will be )?(waived|not required|never)|\s+of any kind)`)

// wordBounds calls fn with the bounds of each match of reWord in s, in
// order, until fn returns false: a byte scan.
func wordBounds(s string, fn func(a, b int) bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			i++
			continue
		}
		j := i + 1
		for ; j < len(s); j++ {
			if c := s[j]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\'' || c == '$') {
				break
			}
		}
		if !fn(i, j) {
			return
		}
		i = j
	}
}

// wordsFrom returns the first n matches of reWord in s.
func wordsFrom(s string, n int) []string {
	var out []string
	wordBounds(s, func(a, b int) bool {
		out = append(out, s[a:b])
		return len(out) < n
	})
	return out
}

// wordsBefore returns the last n matches of reWord in s.
func wordsBefore(s string, n int) []string {
	var out []string
	wordBounds(s, func(a, b int) bool {
		if len(out) == n {
			out = append(out[:0], out[1:]...)
		}
		out = append(out, s[a:b])
		return true
	})
	return out
}

// countWords counts words in a folded text: the matches of reWord,
// counted by a byte scan.
func countWords(s string) int { return countWordsTo(s, len(s)) }

// findAll returns the match bounds of re in v.s.
func (v *view) findAll(re *regexp.Regexp) [][]int { return v.matches(re, 0, len(v.s), -1) }

// candidates returns the ascending starts of c's prefixes in v.s with
// the masks of the alternatives they allow.
func (v *view) candidates(c *cue) ([]int, []uint64) {
	if c.set == sharedCues() {
		return v.scan().cands(c.idx)
	}
	sc, ok := v.own[c]
	if !ok {
		sc = c.set.scan(v.s)
		if v.own == nil {
			v.own = map[*cue]*cueScan{}
		}
		v.own[c] = sc
	}
	return sc.cands(0)
}

// scan returns what the shared cue set finds in v.s.
func (v *view) scan() *cueScan {
	if v.found == nil {
		v.found = sharedCues().scan(v.s)
	}
	return v.found
}

// litIndexes returns, for each literal of lits, its index in the shared
// cue set, -1 for one the set does not look for; nil in plain mode. The
// indexes of the gates' and prefilters' literals are computed once.
func (v *view) litIndexes(lits []string) []int {
	if v.plain || len(lits) == 0 {
		return nil
	}
	set := sharedCues()
	if idx, ok := set.litIdx[&lits[0]]; ok && len(idx) == len(lits) {
		return idx
	}
	return set.indexes(lits)
}

// occurrences returns the ascending starts of lits[i] in v.s (overlapping
// ones included), when the shared cue set looks for it (idx from
// litIndexes).
func (v *view) occurrences(idx []int, i int) ([]int, bool) {
	if idx == nil || idx[i] < 0 {
		return nil, false
	}
	return v.scan().lit(idx[i]), true
}

// matches returns the submatch bounds of the matches of re in the window
// v.s[w0:w1], at most n of them when n >= 0: what
// re.FindAllStringSubmatchIndex(v.s[w0:w1], n) returns, in offsets of v.s.
// A pattern with a cue runs only where its prefixes start. A window must
// not start right after a word byte (sentences and whole texts do not).
func (v *view) matches(re *regexp.Regexp, w0, w1, n int) [][]int {
	if n == 0 {
		return nil
	}
	var out [][]int
	v.eachMatch(re, w0, w1, func(m []int) bool {
		out = append(out, m)
		return n < 0 || len(out) < n
	})
	return out
}

// eachMatch calls fn with each of v.matches(re, w0, w1, -1) in order until
// fn returns false, and reports whether fn stopped it; a cue looks for no
// match past the one fn stops at.
func (v *view) eachMatch(re *regexp.Regexp, w0, w1 int, fn func(m []int) bool) bool {
	c := cueOf(re)
	if v.plain || c == nil {
		return v.eachMatchPlain(re, w0, w1, fn)
	}
	return v.eachMatchAt(c, w0, w1, fn)
}

// eachMatchPlain is eachMatch by the plain regexp.
func (v *view) eachMatchPlain(re *regexp.Regexp, w0, w1 int, fn func(m []int) bool) bool {
	for _, m := range re.FindAllStringSubmatchIndex(v.s[w0:w1], -1) {
		for k := range m {
			if m[k] >= 0 {
				m[k] += w0
			}
		}
		if !fn(m) {
			return true
		}
	}
	return false
}

// eachMatchAt is eachMatch by the cue c of the pattern.
func (v *view) eachMatchAt(c *cue, w0, w1 int, fn func(m []int) bool) bool {
	cands, alts := v.candidates(c)
	i, _ := slices.BinarySearch(cands, w0)
	end := w0 // matches are never empty
	for ; i < len(cands) && cands[i] < w1; i++ {
		if p := cands[i]; p >= end {
			if m := c.at(v.s, p, w0, w1, alts[i]); m != nil {
				if !fn(m) {
					return true
				}
				end = m[1]
			}
		}
	}
	return false
}

// match is re.MatchString(s) for a short s (a sentence, a few words): the
// pattern runs only when s holds one of the literals every match holds.
func (v *view) match(re *regexp.Regexp, s string) bool {
	if v.plain {
		return re.MatchString(s)
	}
	return mayMatch(re, s) && re.MatchString(s)
}

// matchIn reports whether re matches in the window v.s[w0:w1].
func (v *view) matchIn(re *regexp.Regexp, w0, w1 int) bool {
	c := cueOf(re)
	if v.plain || c == nil {
		return re.MatchString(v.s[w0:w1])
	}
	cands, alts := v.candidates(c)
	for i, _ := slices.BinarySearch(cands, w0); i < len(cands) && cands[i] < w1; i++ {
		if c.matchAt(v.s, cands[i], w0, w1, alts[i]) {
			return true
		}
	}
	return false
}

// validSpan reports whether sp points into text exactly.
func validSpan(sp *model.Span, field, text string) bool {
	return sp != nil && sp.Field == field && 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(text) &&
		text[sp.Start:sp.End] == sp.Text
}
