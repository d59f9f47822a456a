package normalize

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// skillDict is the parsed skillTable.
type skillDict struct {
	fold  map[string]string // lower-case alias -> canonical name
	exact map[string]string // case-sensitive ambiguous alias -> canonical name
	maxN  int               // most tokens in an alias
	// joins holds the beginnings of the fold aliases up to each " ", "/"
	// and "-" in them: a word starts an alias of several words only if it
	// and the character after it are one of them.
	joins map[string]bool
	// words holds, for each fold alias of one word and each beginning of
	// an alias up to its first " ", "/" or "-", what scan asks of the
	// token: one map lookup a token instead of one in fold and one in
	// joins.
	words map[string]wordInfo
	// maybeWord is a one-hash Bloom filter of the keys of words: a token
	// whose wordHash bit is clear is not looked up.
	maybeWord [1 << 16 / 64]uint64
	// exactShape holds, by first byte, the lengths of the exact aliases
	// (bit min(length, 63)): a token whose first byte and length no exact
	// alias has is not looked up in exact.
	exactShape [256]uint64
}

// wordInfo is what the skills dictionary knows of one lower-cased token.
type wordInfo struct {
	name  string // canonical name of the fold alias, when alias
	alias bool
	gaps  uint8 // joinGap bits of the separators an alias continues with
}

// joinGap returns the bit of separator g (' ', '/' or '-') in
// wordInfo.gaps.
func joinGap(g byte) uint8 {
	switch g {
	case ' ':
		return 1
	case '/':
		return 2
	case '-':
		return 4
	}
	return 0
}

var skills = parseSkillTable(skillTable)

func parseSkillTable(table string) *skillDict {
	d := &skillDict{fold: map[string]string{}, exact: map[string]string{}, maxN: 1, joins: map[string]bool{}}
	for _, line := range strings.Split(table, "\n") {
		parts := strings.Split(strings.TrimSpace(line), "|")
		if parts[0] == "" {
			continue
		}
		name, ambiguous := parts[0], false
		for _, a := range parts[1:] {
			if strings.HasPrefix(a, "!") {
				d.exact[a[1:]] = name
				ambiguous = ambiguous || strings.EqualFold(a[1:], name)
				continue
			}
			d.addFold(a, name)
		}
		if !ambiguous {
			d.addFold(name, name)
		}
	}
	for alias := range d.fold {
		for j := 0; j < len(alias); j++ {
			if c := alias[j]; c == ' ' || c == '/' || c == '-' {
				d.joins[alias[:j+1]] = true
			}
		}
	}
	d.words = map[string]wordInfo{}
	for alias, name := range d.fold {
		w := d.words[alias]
		w.name, w.alias = name, true
		d.words[alias] = w
	}
	for j := range d.joins {
		w := d.words[j[:len(j)-1]]
		w.gaps |= joinGap(j[len(j)-1])
		d.words[j[:len(j)-1]] = w
	}
	for w := range d.words {
		h := wordHash([]byte(w))
		d.maybeWord[h/64] |= 1 << (h % 64)
	}
	for alias := range d.exact {
		d.exactShape[alias[0]] |= 1 << min(len(alias), 63)
	}
	return d
}

// wordHash is a 16-bit FNV-1a hash of b, for skillDict.maybeWord.
func wordHash(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return (h ^ h>>16) & (1<<16 - 1)
}

// word returns what the dictionary knows of the lower-cased token low.
func (d *skillDict) word(low []byte) wordInfo {
	if h := wordHash(low); d.maybeWord[h/64]&(1<<(h%64)) == 0 {
		return wordInfo{}
	}
	return d.words[string(low)]
}

func (d *skillDict) addFold(alias, name string) {
	alias = strings.ToLower(alias)
	if _, ok := d.fold[alias]; !ok {
		d.fold[alias] = name
	}
	d.maxN = max(d.maxN, len(tokenize(alias)))
}

// token is a word's byte span.
type token struct{ start, end int }

// tokenize splits s into words of letters, digits and "+#&", with inner
// ".", "-", "'" and "_" kept ("node.js", "scikit-learn") and a leading "." kept
// before a letter (".NET").
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, len(s)/6+1), s)
}

// appendTokens appends the tokens of s (see tokenize) to out.
func appendTokens(out []token, s string) []token {
	start := -1
	for i := 0; i < len(s); {
		if asciiWord[s[i]] { // the common case: a word's ASCII letters and digits
			if start < 0 {
				start = i
			}
			for i++; i < len(s) && asciiWord[s[i]]; i++ {
			}
			continue
		}
		if c := s[i]; c < utf8.RuneSelf && !innerMark[c] {
			// Any other ASCII byte ends a token.
			if start >= 0 {
				out = append(out, token{start, i})
				start = -1
			}
			i++
			continue
		}
		r, size := rune(s[i]), 1
		var word bool
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
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

// asciiWord holds the ASCII bytes tokens are made of: letters, digits and
// "+#&".
var asciiWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isLetterByte(byte(c)) || isDigit(byte(c)) || c == '+' || c == '#' || c == '&'
	}
	return t
}()

// innerMark holds the ASCII bytes a token may hold inside it or, for
// ".", start with: ".", "-", "'" and "_".
var innerMark = [utf8.RuneSelf]bool{'.': true, '-': true, '\'': true, '_': true}

func isWordByte(b byte) bool   { return isLetterByte(b) || isDigit(b) || b >= 0x80 }
func isLetterByte(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

// techWords make an ambiguous alias count as a skill when near it.
var techWords = map[string]bool{
	"programming": true, "language": true, "languages": true, "developer": true, "developers": true,
	"engineer": true, "engineers": true, "engineering": true, "code": true, "coding": true, "software": true,
	"backend": true, "frontend": true, "stack": true, "framework": true, "frameworks": true, "library": true,
	"experience": true, "proficient": true, "proficiency": true, "fluent": true, "fluency": true, "native": true,
	"bilingual": true, "speaker": true, "written": true, "skills": true, "knowledge": true, "familiarity": true,
	"familiar": true, "development": true, "scripting": true, "tools": true, "expertise": true, "apps": true,
}

// goNot follows "Go" as an English verb.
var goNot = map[string]bool{"to": true, "ahead": true, "live": true, "through": true, "back": true, "beyond": true,
	"get": true, "further": true, "forward": true, "on": true, "out": true, "over": true, "for": true, "above": true,
	"the": true, "into": true, "from": true, "far": true, "a": true, "an": true, "deep": true}

// Skills returns the skills named in the tags, the title and the text:
// canonical display names, deduplicated, in order of first appearance.
func Skills(tags []string, title, text string) []string {
	out := []string{}
	add := func(name string) {
		if !slices.Contains(out, name) { // a listing names a few skills
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
			skills.scan(t, add)
		}
	}
	skills.scan(title, add)
	skills.scan(text, add)
	return out
}

// tokenPool holds the token buffers of scan (*[]token), at most
// maxPooledTokens long.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

const maxPooledTokens = 1 << 16

// scan calls add for each skill in s.
func (d *skillDict) scan(s string, add func(string)) {
	tp := tokenPool.Get().(*[]token)
	toks := appendTokens((*tp)[:0], s)
	defer func() {
		if cap(toks) <= maxPooledTokens {
			*tp = toks
			tokenPool.Put(tp)
		}
	}()
	var bufArr, lowArr [64]byte
	buf, low := bufArr[:0], lowArr[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		w := s[t.start:t.end]
		var info wordInfo
		info, low = d.tokenWord(w, low[:0]) // skills_token.go
		if info.gaps != 0 && i+1 < len(toks) && startsJoin(s, info, t, toks[i+1]) {
			// An alias of several words, the longest first.
			matched := 0
			for n := min(d.maxN, len(toks)-i); n > 1 && matched == 0; n-- {
				if !joinable(s, toks[i:i+n]) {
					continue
				}
				buf = appendLowerKey(buf[:0], s[t.start:toks[i+n-1].end])
				if name, ok := d.fold[string(buf)]; ok {
					add(name)
					matched = n
				}
			}
			if matched > 0 {
				i += matched - 1
				continue
			}
		}
		if info.alias {
			add(info.name)
		} else if d.exactShape[w[0]]&(1<<min(len(w), 63)) != 0 {
			if name, ok := d.exact[w]; ok && d.inContext(s, toks, i) {
				add(name)
			}
		}
	}
}

// startsJoin reports whether the token a (info is what the dictionary
// knows of it, lower-cased) and the gap to b start an alias of several
// words (a necessary condition for scan to find one at a).
func startsJoin(s string, info wordInfo, a, b token) bool {
	gap := s[a.end:b.start]
	if gap != " " && gap != "/" && gap != "-" && gap != "\n" {
		return false
	}
	g := gap[0]
	if g == '\n' {
		g = ' '
	}
	return info.gaps&joinGap(g) != 0
}

// joinable reports tokens separated only by one space, "/" or "-".
func joinable(s string, toks []token) bool {
	for k := 1; k < len(toks); k++ {
		gap := s[toks[k-1].end:toks[k].start]
		if gap != " " && gap != "/" && gap != "-" && gap != "\n" {
			return false
		}
	}
	return true
}

// appendLowerKey appends the lower-case s with newlines as spaces.
func appendLowerKey(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return appendLowerRunes(buf, s[i:])
		}
		switch {
		case c == '\n':
			c = ' '
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

func appendLowerRunes(buf []byte, s string) []byte {
	for _, r := range s {
		if r == '\n' {
			r = ' '
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// inContext reports an ambiguous alias at toks[i] near a programming word or
// another skill.
func (d *skillDict) inContext(s string, toks []token, i int) bool {
	w := s[toks[i].start:toks[i].end]
	if w == "Go" && i+1 < len(toks) && goNot[strings.ToLower(s[toks[i+1].start:toks[i+1].end])] {
		return false
	}
	if w == "Go" && toks[i].end < len(s) && s[toks[i].end] == '!' {
		return false
	}
	for j := max(0, i-4); j <= min(len(toks)-1, i+4); j++ {
		if j == i {
			continue
		}
		o := s[toks[j].start:toks[j].end]
		lo := strings.ToLower(o)
		if techWords[lo] {
			return true
		}
		if _, ok := d.fold[lo]; ok && len(lo) > 2 {
			return true
		}
		if _, ok := d.exact[o]; ok && o != w && len(o) > 1 {
			return true
		}
	}
	return false
}
