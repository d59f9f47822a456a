package model

import "strings"

// CloseBidi appends the closers of the bidi embeddings, overrides and
// isolates s opens and does not close, so that employer text cannot
// reverse what follows it (the page's own labels). Text is only appended:
// offsets into s stay valid.
func CloseBidi(s string) string {
	if !strings.ContainsAny(s, "\u202a\u202b\u202d\u202e\u2066\u2067\u2068") {
		return s
	}
	var stack []rune // 'e' embedding/override, 'i' isolate
	for _, r := range s {
		switch r {
		case '\u202a', '\u202b', '\u202d', '\u202e':
			stack = append(stack, 'e')
		case '\u2066', '\u2067', '\u2068':
			stack = append(stack, 'i')
		case '\u202c': // PDF closes the innermost embedding, not across an isolate
			if n := len(stack); n > 0 && stack[n-1] == 'e' {
				stack = stack[:n-1]
			}
		case '\u2069': // PDI closes the innermost isolate and what it holds
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == 'i' {
					stack = stack[:i]
					break
				}
			}
		}
	}
	if len(stack) == 0 {
		return s
	}
	var b strings.Builder
	b.WriteString(s)
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] == 'e' {
			b.WriteRune('\u202c')
		} else {
			b.WriteRune('\u2069')
		}
	}
	return b.String()
}
