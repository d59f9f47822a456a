package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// wanLetterField is "w" or "W" right after a figure ("30-50w", "1.5W"):
// Chinese posts write 万 (ten thousand) so. cjkAmt reads it in running
// text after a pay label; labelledBarePay reads it in a pay field that
// opens or closes with a Chinese pay label ("年薪30-50w"), through
// wanLetterPay. A field with no label is left alone: "30-50w" alone could
// be anything.
var wanLetterField = regexp.MustCompile(`[0-9]\s?([wW])\b`)

// wanLetterPay reads text, a labelled Chinese pay field whose amount part
// text[off:end] writes 万 as "w", with each such "w" read as 万; the
// evidence is mapped back onto text as written. Nil when there is no such
// "w" or nothing is read.
func wanLetterPay(field, text string, off, end int) *model.Pay {
	ms := wanLetterField.FindAllStringSubmatchIndex(text[off:end], -1)
	if ms == nil {
		return nil
	}
	part := []byte(text[:off])
	letters := make([]int, 0, len(ms)) // where each "w" is in text
	prev := off
	for _, m := range ms {
		w := off + m[2]
		part = append(append(part, text[prev:w]...), "万"...)
		letters = append(letters, w)
		prev = w + 1
	}
	part = append(part, text[prev:]...)
	p := labelledBarePay(field, string(part))
	if p == nil || p.Evidence == nil {
		return nil
	}
	// back maps a byte offset of the rewritten field onto text: each 万
	// before it is two bytes longer than the "w" it stands for.
	back := func(i int) int {
		shift := 0
		for k, w := range letters {
			if at := w + 2*k; i > at {
				shift += min(2, i-at-1)
			}
		}
		return i - shift
	}
	s, e := back(p.Evidence.Start), back(p.Evidence.End)
	e = trimEnd(text, s, min(e, len(text)))
	if s < 0 || s >= e {
		return nil
	}
	p.Evidence = &model.Span{Field: field, Start: s, End: e, Text: text[s:e]}
	return p
}
