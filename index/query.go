package index

import (
	"strings"
	"unicode"
)

// terms is a parsed user query: words AND'ed, "quoted phrases", and
// -excluded words or phrases.
type terms struct {
	words, phrases, notWords, notPhrases []string
}

// parseTerms reads q. An unclosed quote runs to the end of q.
func parseTerms(q string) terms {
	var t terms
	rs := []rune(q)
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		neg := false
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			neg = true
			i++
		}
		if rs[i] == '"' {
			end := i + 1
			for end < len(rs) && rs[end] != '"' {
				end++
			}
			p := strings.TrimSpace(string(rs[i+1 : min(end, len(rs))]))
			i = end + 1
			if p == "" {
				continue
			}
			if neg {
				t.notPhrases = append(t.notPhrases, p)
			} else {
				t.phrases = append(t.phrases, p)
			}
			continue
		}
		end := i
		for end < len(rs) && !unicode.IsSpace(rs[end]) {
			end++
		}
		w := string(rs[i:end])
		i = end
		if neg {
			t.notWords = append(t.notWords, w)
		} else {
			t.words = append(t.words, w)
		}
	}
	return t
}

func (t terms) empty() bool { return len(t.words)+len(t.phrases) == 0 }
