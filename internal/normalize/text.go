package normalize

import (
	"html"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/microcosm-cc/bluemonday"
)

// policy is bluemonday's UGC policy: formatting, lists, links (nofollow), no
// scripts, styles or event handlers. It is safe for concurrent use.
var policy = func() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.RequireNoFollowOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	return p
}()

// Sanitize returns HTML safe to show: bluemonday's UGC policy.
func Sanitize(s string) string {
	s = validUTF8(s) // valid_utf8.go
	if out, ok := sanitizePlain(s); ok {
		return strings.TrimSpace(out)
	}
	return strings.TrimSpace(policy.Sanitize(s))
}

// plainTags are the elements the policy keeps as they are when they have
// no attributes, found by asking it (see plainTag).
var plainTags = func() map[string]bool {
	out := map[string]bool{}
	for _, t := range []string{"p", "br", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "i", "em",
		"u", "s", "blockquote", "pre", "code", "hr", "div", "span", "sub", "sup", "small", "table", "thead", "tbody", "tr",
		"td", "th", "dl", "dt", "dd"} {
		if plainTag(t) {
			out[t] = true
		}
	}
	return out
}()

// plainTag reports whether the policy writes element t without
// attributes back as it is (start, end and self-closing tag, and text
// inside), and drops a style attribute.
func plainTag(t string) bool {
	for _, in := range []string{"<" + t + ">x</" + t + ">", "<" + t + "/>", "a<" + t + ">b</" + t + ">c<" + t + "/>"} {
		if policy.Sanitize(in) != in {
			return false
		}
	}
	return policy.Sanitize("<"+t+` style="a:b">x</`+t+`>`) == "<"+t+">x</"+t+">" &&
		policy.Sanitize("<"+t+` style="">x`) == "<"+t+">x"
}

// plainEntities maps entities (with their semicolon) to what the policy
// writes for them, found by asking it.
var plainEntities = func() map[string]string {
	out := map[string]string{}
	for _, e := range []string{"&amp;", "&lt;", "&gt;", "&#39;", "&#34;", "&quot;", "&apos;", "&#x27;", "&nbsp;", "&mdash;",
		"&ndash;", "&reg;", "&copy;", "&trade;", "&rsquo;", "&lsquo;", "&rdquo;", "&ldquo;", "&hellip;", "&bull;", "&middot;",
		"&euro;", "&pound;", "&eacute;"} {
		if w := policy.Sanitize("x" + e + "y"); strings.HasPrefix(w, "x") && strings.HasSuffix(w, "y") {
			out[e] = w[1 : len(w)-1]
		}
	}
	return out
}()

// sanitizePlain is policy.Sanitize(s) for HTML made of the elements of
// plainTags only, each tag written as the policy writes it ("<p>", "</p>",
// "<br/>": lower case, no space) or with a style attribute alone (which
// the policy drops), and text without '<', '\r', NUL or entities other
// than plainEntities (a '&' before none is itself): the policy then writes
// the tags back and the text escaped as html.EscapeString escapes it,
// which is what this does. It reports false for any other s.
func sanitizePlain(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s) + len(s)/32)
	sc := newAnyScan(s, sanitizeStops) // byte_sets.go
	for i := 0; i < len(s); {
		j := i + sc.indexFrom(i)
		if j < i {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i:j])
		i = j
		switch s[i] {
		case '\'':
			b.WriteString("&#39;")
			i++
		case '"':
			b.WriteString("&#34;")
			i++
		case '>':
			b.WriteString("&gt;")
			i++
		case '&':
			if i+1 == len(s) || !isEntityByte(s[i+1]) {
				b.WriteString("&amp;") // no entity: the tokenizer keeps '&'
				i++
				break
			}
			e, n := plainEntity(s[i:])
			if n == 0 {
				return "", false
			}
			b.WriteString(e)
			i += n
		case '<':
			n, style := plainTagAt(s[i:])
			if n == 0 {
				return "", false
			}
			if style > 0 { // the tag without its style attribute
				b.WriteString(s[i : i+style])
				b.WriteString(s[i+n-1-strings.Count(s[i+n-2:i+n], "/") : i+n])
			} else {
				b.WriteString(s[i : i+n])
			}
			i += n
		default: // \r, NUL
			return "", false
		}
	}
	return b.String(), true
}

// isEntityByte reports a byte that may follow '&' in an entity.
func isEntityByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '#'
}

// plainEntity returns what the policy writes for the entity of
// plainEntities s starts with and its length, or 0.
func plainEntity(s string) (string, int) {
	if k := strings.IndexByte(s[:min(len(s), 10)], ';'); k > 0 {
		if w, ok := plainEntities[s[:k+1]]; ok {
			return w, k + 1
		}
	}
	return "", 0
}

// plainTagAt returns the length of the tag s starts with when it is one
// of plainTags written as the policy writes it ("<p>", "</p>", "<br/>"),
// or a start tag with a style attribute alone (` style="..."`, the value
// without quotes, '<', '>' or '&'), with the length of the tag's name and
// '<' before that attribute (else 0).
func plainTagAt(s string) (n, style int) {
	i := 1
	end := i < len(s) && s[i] == '/'
	if end {
		i++
	}
	j := i
	for j < len(s) && ('a' <= s[j] && s[j] <= 'z' || '0' <= s[j] && s[j] <= '9') {
		j++
	}
	if j == i || !plainTags[s[i:j]] {
		return 0, 0
	}
	if !end && strings.HasPrefix(s[j:], ` style="`) {
		v := j + len(` style="`)
		q := strings.IndexByte(s[v:], '"')
		if q < 0 || strings.ContainsAny(s[v:v+q], "<>&'\r\x00") {
			return 0, 0
		}
		style, j = j, v+q+1
	}
	switch {
	case j < len(s) && s[j] == '>':
		return j + 1, style
	case !end && j+1 < len(s) && s[j] == '/' && s[j+1] == '>':
		return j + 2, style
	}
	return 0, 0
}

var (
	// dropped elements lose their content too.
	dropped = regexp.MustCompile(`(?is)<(script|style|head|title|noscript|template)\b.*?</(script|style|head|title|noscript|template)\s*>`)
	comment = regexp.MustCompile(`(?s)<!--.*?-->`)
	listTag = regexp.MustCompile(`(?i)<\s*li\b[^>]*>`)
	// blockTag matches the tags that end a line of text.
	blockTag = regexp.MustCompile(`(?i)<\s*(?:br|hr|/?p|/?div|/li|/?h[1-6]|/?tr|/?ul|/?ol|/?table|/?section|/?article|/?header|/?footer|/?blockquote|/?pre|/?dl|/?dt|/?dd|/?figure|/?main|/?nav|/?aside|/?form|/?fieldset|/?address|/?details|/?summary)\b[^>]*>`)
	cellTag  = regexp.MustCompile(`(?i)<\s*/?t[dh]\b[^>]*>`)
	anyTag   = regexp.MustCompile(`(?s)<[a-zA-Z/!?][^>]*>`)
	spaces   = regexp.MustCompile(`[ \t\f\v\x{00a0}\x{2000}-\x{200a}\x{202f}\x{205f}\x{3000}]+`)
	// zeroes drops the invisible characters, ends lines with "\n" alone and
	// writes the Unicode hyphen and non-breaking hyphen (U+2010, U+2011) as
	// the ASCII one every reader looks for: "Co\u2011op", "Part\u2011time".
	zeroes   = strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\u00ad", "", "\r\n", "\n", "\r", "\n", "\u2010", "-", "\u2011", "-")
	newlines = regexp.MustCompile(` ?\n[\n ]*`)
	// glued finds sentence ends glued to the next sentence: "assigned.Adhere".
	glued = regexp.MustCompile(`(\p{Ll}{2}|\p{Ll}[)"'’”])([.!?;:])(\p{Lu}\p{Ll})`)
)

// Text turns HTML (or plain text) into readable plain text: scripts and
// styles are dropped, block elements, <br> and <li> become line breaks (a list
// item starts with "- "), tags are removed, entities decoded, white space
// folded, and sentence breaks restored where a period is glued to the next
// capitalized word ("as assigned.Adhere" -> "as assigned. Adhere"). The result
// is valid UTF-8. Entity-escaped HTML ("&lt;p&gt;") is unescaped once first.
func Text(s string) string {
	if s == "" {
		return ""
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if !strings.Contains(s, "<") && strings.Contains(s, "&lt;") {
		s = html.UnescapeString(s)
	}
	if strings.Contains(s, "<") {
		t, ok := "", false
		if !slowText(s) { // ſ and K match s and k in the tag names' regexps
			if t, ok = plainHTMLText(s); !ok { // text_plain.go
				t, ok = htmlText(s)
			}
		}
		if ok {
			s = t
		} else {
			s = comment.ReplaceAllString(s, " ")
			s = dropped.ReplaceAllString(s, " ")
			s = listTag.ReplaceAllString(s, "\n- ")
			s = blockTag.ReplaceAllString(s, "\n")
			s = cellTag.ReplaceAllString(s, " ")
			s = anyTag.ReplaceAllString(s, "")
			s = html.UnescapeString(s)
		}
	} else {
		s = html.UnescapeString(s)
	}
	if hasZeroes(s) {
		s = zeroes.Replace(s)
	}
	s = unescapeMarkdown(s)
	s = foldSpaces(s)
	s = foldNewlines(s)
	s = unglue(s)
	s = strings.TrimSpace(s)
	return validUTF8(s)
}

// CleanLine trims, decodes entities and folds white space of a one-line value.
func CleanLine(s string) string {
	if s == "" {
		return ""
	}
	s = html.UnescapeString(validUTF8(s))
	if hasZeroes(s) {
		s = zeroes.Replace(s)
	}
	s = unescapeMarkdown(s)
	return joinFields(s) // strings.Join(strings.Fields(s), " ")
}

func cleanList(in []string) []string {
	out := make([]string, 0, len(in))
	seen := make(map[string]bool, len(in))
	for _, s := range in {
		s = CleanLine(s)
		k := strings.ToLower(s)
		if s != "" && !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// unescapeMarkdown drops the backslash scrapers put before markdown's
// special characters (`\$40 \- \$55`, `\*two\*`); a backslash before
// anything else (a path, `\n`) stays.
func unescapeMarkdown(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("$-*_#.()[]{}!+`|>~<&%=", s[i+1]) >= 0 {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
