package normalize

import "strings"

// USAJOBS writes a grade's pay band with both a word and a dash between its
// ends, "$62,422 to - $81,153 per year": the money scanner takes "to" or
// "-" but not the two, and read the second end alone.

// toDashRange blanks the dash of "to -" (and "to –") between an amount
// ("…422", "…80k") and the next one ("$81,153", "81,153"), keeping the
// text's length, so "to" joins the range. A "to -" elsewhere ("Apply to -
// Acme") is left.
func toDashRange(text string) string {
	i := strings.Index(text, "to ")
	if i < 0 {
		return text
	}
	var b []byte
	for ; i >= 0; i = indexFrom(text, "to ", i+3) {
		j := i - 1
		if j < 1 || text[j] != ' ' {
			continue
		}
		if !amountEndAt(text, j-1) {
			continue
		}
		k := i + 3
		for k < len(text) && text[k] == ' ' {
			k++
		}
		dash := 0
		switch {
		case strings.HasPrefix(text[k:], "-"):
			dash = 1
		case strings.HasPrefix(text[k:], "–"), strings.HasPrefix(text[k:], "—"):
			dash = 3
		}
		if dash == 0 {
			continue
		}
		if !amountAfterSpaces(text, k+dash) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for d := k; d < k+dash; d++ {
			b[d] = ' '
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// amountEndAt reports an amount ending at text[j]: a digit, or a k after
// one ("…422", "…80k").
func amountEndAt(text string, j int) bool {
	return j >= 0 && (isDigit(text[j]) || (text[j] == 'k' || text[j] == 'K') && j > 0 && isDigit(text[j-1]))
}

// amountAfterSpaces reports an amount starting at text[n] past spaces: a
// digit, or a dollar, pound or euro sign ("81,153", "$81,153").
func amountAfterSpaces(text string, n int) bool {
	for n < len(text) && text[n] == ' ' {
		n++
	}
	return n < len(text) && (isDigit(text[n]) || strings.HasPrefix(text[n:], "$") || strings.HasPrefix(text[n:], "£") || strings.HasPrefix(text[n:], "€"))
}

// indexFrom is strings.Index of sub in s from byte from, as an index of s,
// or -1.
func indexFrom(s, sub string, from int) int {
	if from >= len(s) {
		return -1
	}
	i := strings.Index(s[from:], sub)
	if i < 0 {
		return -1
	}
	return from + i
}
