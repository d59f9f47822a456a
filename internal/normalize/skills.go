package normalize

import (
	"strings"
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
	return d
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
			skills.scan(t, add)
		}
	}
	skills.scan(title, add)
	skills.scan(text, add)
	return out
}

// scan calls add for each skill in s.
func (d *skillDict) scan(s string, add func(string)) {
	toks := tokenize(s)
	var bufArr, lowArr [64]byte
	buf, low := bufArr[:0], lowArr[:0]
	for i := 0; i < len(toks); i++ {
		matched := 0
		low = appendLowerKey(low[:0], s[toks[i].start:toks[i].end])
		multi := i+1 < len(toks) && d.startsJoin(s, low, toks[i], toks[i+1])
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

// startsJoin reports whether the token a, lower-cased (low), and the gap
// to b start an alias of several words (a necessary condition for scan to
// find one at a).
func (d *skillDict) startsJoin(s string, low []byte, a, b token) bool {
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
