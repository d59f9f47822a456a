package normalize

import "strings"

// trCapitalDong gives a capital "Tr" (triệu, a million dong) right after a
// number the lower-case form dongShortPay reads, when the dong code "VND"
// is in the same text: "8 Tr - 12 Tr VND", "Trên 25 Tr VND". Without the
// code a capital "Tr" stays unread (it may be anything else); "Trên"
// (over) and other words keep their case, as the byte after "Tr" must not
// be a letter. The text keeps its length, so offsets hold.
func trCapitalDong(text string) string {
	if !strings.Contains(text, "Tr") || !strings.Contains(text, "VND") {
		return text
	}
	var b []byte
	for i := 0; ; {
		j := strings.Index(text[i:], "Tr")
		if j < 0 {
			break
		}
		k := i + j
		i = k + 2
		if i < len(text) && (isLetterByte(text[i]) || text[i] >= 0x80) {
			continue // "Trên", "Trong"
		}
		p := k
		for p > 0 && text[p-1] == ' ' {
			p--
		}
		if p == 0 || !isDigit(text[p-1]) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		b[k] = 't'
	}
	if b == nil {
		return text
	}
	return string(b)
}
