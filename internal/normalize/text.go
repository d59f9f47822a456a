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
	return strings.TrimSpace(policy.Sanitize(strings.ToValidUTF8(s, "\uFFFD")))
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
	zeroes   = strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\u00ad", "", "\r\n", "\n", "\r", "\n")
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
			t, ok = htmlText(s)
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
	return strings.ToValidUTF8(s, "\uFFFD")
}

// CleanLine trims, decodes entities and folds white space of a one-line value.
func CleanLine(s string) string {
	if s == "" {
		return ""
	}
	s = html.UnescapeString(strings.ToValidUTF8(s, "\uFFFD"))
	s = zeroes.Replace(s)
	s = unescapeMarkdown(s)
	return strings.Join(strings.Fields(s), " ")
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
