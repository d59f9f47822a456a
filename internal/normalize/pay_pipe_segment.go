package normalize

import "strings"

// segmentAround is the sentence around text[start:end] (sentenceAround),
// cut at the pipes of a "Company (Series B) | Role | $180,000–$220,000"
// header: a funding note in the company's segment says nothing about the
// amount in another segment (round 57, part p; tests in
// pay_ext57p_test.go). A sentence with no pipe is returned whole.
func segmentAround(text string, start, end int) string {
	s := sentenceAround(text, start, end)
	if strings.IndexByte(s, '|') < 0 {
		return s
	}
	a, b := max(0, start-120), min(len(text), end+120)
	if i := strings.LastIndexAny(text[a:start], ".!?\n|"); i >= 0 {
		a += i + 1
	}
	if i := strings.IndexAny(text[end:b], "!?\n|"); i >= 0 {
		b = end + i
	}
	if i := strings.Index(text[end:b], ". "); i >= 0 {
		b = end + i
	}
	return text[a:b]
}
