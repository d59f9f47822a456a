package workable

import (
	"html"
	"regexp"
	"strings"
)

var (
	scriptRE = regexp.MustCompile(`(?is)<(script|style)\b.*?</(script|style)\s*>`)
	breakRE  = regexp.MustCompile(`(?i)<\s*(br|/p|/div|/li|/h[1-6]|/ul|/ol|/tr)\b[^>]*>`)
	tagRE    = regexp.MustCompile(`(?s)<[^>]*>`)
)

// htmlText turns an HTML fragment into plain text: one line per block,
// entities decoded once, spaces collapsed.
func htmlText(s string) string {
	s = scriptRE.ReplaceAllString(s, " ")
	s = breakRE.ReplaceAllString(s, "\n")
	s = html.UnescapeString(tagRE.ReplaceAllString(s, " "))
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}
