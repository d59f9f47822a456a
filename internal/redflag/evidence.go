package redflag

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Evidence helpers: a flag quotes the words that decided it, not the first
// sentence of the ad.

var (
	// reDutiesLead: a heading or lead-in that introduces the duties.
	reDutiesLead = regexp.MustCompile(`\b((key |main |your )?(responsibilities|duties)\s*(:|include)|what you('|’)?ll do|what you will do|your (tasks|role|work|day)|in this role|you will|you'll|tasks include)`)
	// reEmployerIntro: a sentence about the employer, not the work
	// ("Acme is hiring students for ...", "About us").
	reEmployerIntro = regexp.MustCompile(`\b(is hiring|are hiring|we are|we're|about us|who we are|our mission|founded in|equal opportunity)\b`)
)

// dutiesSpan is the text that describes the duties of the listing: the
// sentence a duties lead-in opens (with the line after a bare heading
// such as "Responsibilities:"), else the first sentence with a task verb,
// else the first sentence that is not about the employer; a structural
// span on the text when there is no such sentence.
func dutiesSpan(c *ctx) model.Span {
	v := c.text
	if v.s == "" {
		return structural(FieldText)
	}
	if ms := v.matches(reDutiesLead, 0, len(v.s), 1); ms != nil {
		m := ms[0]
		x, y := v.sentence(m[0], m[1])
		if strings.HasSuffix(strings.TrimSpace(v.s[x:y]), ":") {
			next := y
			for next < len(v.s) && (v.s[next] == '\n' || v.s[next] == ' ') {
				next++
			}
			if next < len(v.s) {
				_, y = v.sentence(next, next)
			}
		}
		return v.span(x, y)
	}
	first := -1
	words(v.s, func(a, b int) {
		if first >= 0 {
			return
		}
		if _, ok := taskStem(v.s[a:b]); ok && !aside(v, v.sentenceText(a, b)) {
			first = a
		}
	})
	if first >= 0 {
		x, y := v.sentence(first, first)
		return v.span(x, y)
	}
	for a := 0; a < len(v.s); {
		x, y := v.sentence(a, a)
		if t := strings.TrimSpace(v.s[x:y]); t != "" && !aside(v, t) {
			return v.span(x, y)
		}
		a = y + 1
	}
	return structural(FieldText)
}

// aside reports whether a sentence of v is about the employer or about
// applying rather than about the work.
func aside(v *view, sentence string) bool {
	return v.match(reEmployerIntro, sentence) || v.match(reApplication, sentence)
}
