package normalize

import "strings"

// Pay as European job boards write it, read by rewriting
// a few local spellings into ones the scanners know, byte for byte the same
// length so every offset (and the evidence span) stays on the original
// text (table tests in pay_euro_spellings_test.go):
//
//   - the Dutch and German ",-" after a whole amount ("€ 3.200,-",
//     "45.000,- €"): the two bytes become spaces;
//   - a German thousand-euro mark after the figure ("55 TEUR", "60-70 T€"):
//     the T becomes a k, so "55 kEUR" and "60-70 k€" are read;
//   - the German word for Swiss francs after the figure ("110.000 Franken"):
//     it becomes "CHF" and spaces;
//   - the word "euro"/"euros" right after a bare range of figures
//     ("85-95 euro"; a single amount with the word is read already): it
//     becomes "EUR" and spaces.
//
// Each rewrite is gated by a literal check on its own word, so text
// without them costs a few byte scans; the "euro" one reads only short
// texts (a pay field, a title), and a description is read only when it
// holds a euro sign, for its ",-" and "T€".
func rewriteEuroSpellings(text string) string {
	if len(text) > spellingLongText && !strings.Contains(text, "€") {
		return text // a description: its ",-" and "T€" come with a euro sign
	}
	long := len(text) > spellingLongText
	var b []byte // a copy, made on the first rewrite
	set := func(i int, s string) {
		if b == nil {
			b = []byte(text)
		}
		copy(b[i:], s)
	}
	if strings.Contains(text, ",-") {
		for i := strings.Index(text, ",-"); i >= 0; {
			end := i + 2
			if end < len(text) && text[end] == '-' { // ",--"
				end++
			}
			if i > 0 && isDigit(text[i-1]) && (end == len(text) || !isDigit(text[end])) {
				set(i, strings.Repeat(" ", end-i))
			}
			j := strings.Index(text[end:], ",-")
			if j < 0 {
				break
			}
			i = end + j
		}
	}
	for i := strings.IndexByte(text, 'T'); i >= 0; {
		if thousandMarkAt(text, i) {
			set(i, "k")
		}
		j := strings.IndexByte(text[i+1:], 'T')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if !long && strings.Contains(text, "Franken") {
		for i := strings.Index(text, "Franken"); i >= 0; {
			end := i + len("Franken")
			if amountBefore(text, i) && (end == len(text) || !wordGoesOnByte(text[end])) {
				set(i, "CHF    ")
			}
			j := strings.Index(text[end:], "Franken")
			if j < 0 {
				break
			}
			i = end + j
		}
	}
	if len(text) <= euroWordMaxLen && containsFold(text, "euro") {
		for i := 0; i+4 <= len(text); i++ {
			if text[i]|0x20 != 'e' || !strings.EqualFold(text[i:i+4], "euro") {
				continue
			}
			end := i + 4
			if end < len(text) && text[end]|0x20 == 's' {
				end++
			}
			if bareRangeBefore(text, i) && (end == len(text) || !wordGoesOnByte(text[end])) && !euroCodeNear(text, i) {
				set(i, "EUR"+strings.Repeat(" ", end-i-3))
			}
			i = end - 1
		}
	}
	if len(text) <= euroWordMaxLen && containsFold(text, "eur") {
		rewriteSouthSlavicEuro(text, set) // "8,00 eura/h", "7,00 eur/sat" (pay_croatian_hourly.go)
	}
	if b == nil {
		return text
	}
	return string(b)
}

// spellingLongText is the length from which a text is taken for a
// description: only its ",-" and thousand-euro marks are read, and only
// when it holds a euro sign.
const spellingLongText = 400

// euroWordMaxLen is the longest text the "euro" rewrite looks at: a pay
// field or a title. "e" is too common a letter to look for "euro" in every
// description.
const euroWordMaxLen = 160

// thousandMarkAt reports a German thousand-euro mark opening at text[i]
// ("TEUR", "T€", "TEuro") right after a figure, with or without a space,
// and not run on into a longer word.
func thousandMarkAt(text string, i int) bool {
	rest := text[i+1:]
	var n int
	switch {
	case strings.HasPrefix(rest, "EUR"):
		n = 3
		if strings.HasPrefix(rest, "Euro") {
			n = 4
		}
	case strings.HasPrefix(rest, "Euro"):
		n = 4
	case strings.HasPrefix(rest, "€"):
		n = len("€")
	default:
		return false
	}
	if end := i + 1 + n; end < len(text) && wordGoesOnByte(text[end]) {
		return false
	}
	return amountBefore(text, i)
}

// amountBefore reports a digit just before text[i], or before the one
// space there.
func amountBefore(text string, i int) bool {
	j := i - 1
	if j >= 0 && text[j] == ' ' {
		j--
	}
	return j >= 0 && isDigit(text[j])
}

// bareRangeBefore reports a range of two bare figures ("85-95", "85 – 95")
// ending just before text[i], or before the one space there.
func bareRangeBefore(text string, i int) bool {
	j := i - 1
	if j >= 0 && text[j] == ' ' {
		j--
	}
	k := j
	for k >= 0 && (isDigit(text[k]) || text[k] == '.' || text[k] == ',') {
		k--
	}
	if k == j || !isDigit(text[k+1]) {
		return false
	}
	if k >= 0 && text[k] == ' ' {
		k--
	}
	switch {
	case k >= 0 && text[k] == '-':
		k--
	case k >= 2 && text[k-2:k+1] == "–":
		k -= 3
	default:
		return false
	}
	if k >= 0 && text[k] == ' ' {
		k--
	}
	return k >= 0 && isDigit(text[k])
}

// euroCodeNear reports a currency mark already next to the amount before
// the word ("€ 85-95 euro" needs no rewrite, and "EUR" twice would confuse
// the range reader): one of "€", "eur " within the 16 bytes before it.
func euroCodeNear(text string, i int) bool {
	w := text[max(0, i-16):i]
	return strings.Contains(w, "€") || containsFold(w, "eur ")
}

// wordGoesOnByte reports an ASCII letter or a byte of a multi-byte rune (a
// word going on in another script).
func wordGoesOnByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
