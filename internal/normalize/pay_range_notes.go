package normalize

import "strings"

// A note in brackets between the two ends of a pay range (table tests in
// whole_english_ads_test.go): "$52,000 (starting) – $61,000 (senior)" or "40k
// (junior) to 55k": the note names who gets which end and keeps the range
// reader from seeing the pair. blankRangeNotes blanks such a note
// (same length, so every offset stays) when it is a few words of letters
// right after an amount and is followed by a dash or "to" and another
// amount. General: any short worded note in that place; a note with digits
// ("(2024)", "(40 hrs)") stays.

// rangeNoteMax is the longest note (brackets included) blanked.
const rangeNoteMax = 34

func blankRangeNotes(text string) string {
	return blankBrackets(text, rangeNoteMax, func(i, end int) bool {
		return end-i >= 3 && noteAfterAmount(text, i) && noteWordsOnly(text[i+1:end-1]) && noteRangeNext(text[end:min(len(text), end+12)])
	})
}

// blankBrackets blanks with spaces each bracket "(...)" of text at most
// maxLen bytes long, brackets included, that blank(i, end) accepts (i the
// "(", end just past the ")"); the text keeps its length, so every offset
// stays. The scan goes on after a blanked bracket, and a copy is made only
// on the first blank.
func blankBrackets(text string, maxLen int, blank func(i, end int) bool) string {
	var b []byte
	for from := 0; ; {
		k := strings.IndexByte(text[from:], '(')
		if k < 0 {
			break
		}
		i := from + k
		from = i + 1
		end := strings.IndexByte(text[i:min(len(text), i+maxLen)], ')')
		if end < 0 || !blank(i, i+end+1) {
			continue
		}
		end += i + 1 // past ')'
		if b == nil {
			b = []byte(text)
		}
		for j := i; j < end; j++ {
			b[j] = ' '
		}
		from = end
	}
	if b == nil {
		return text
	}
	return string(b)
}

// noteAfterAmount: the bracket at i follows an amount ("67,500 (", "40k (").
func noteAfterAmount(text string, i int) bool {
	j := i - 1
	if j >= 0 && text[j] == ' ' {
		j--
	}
	if j >= 0 && (text[j] == 'k' || text[j] == 'K') {
		j--
	}
	return j >= 0 && isDigit(text[j])
}

// noteWordsOnly: letters, spaces, hyphens and apostrophes only, with a letter.
func noteWordsOnly(s string) bool {
	letter := false
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		switch {
		case c >= 'a' && c <= 'z':
			letter = true
		case s[i] == ' ' || s[i] == '-' || s[i] == '\'':
		default:
			return false
		}
	}
	return letter
}

// noteRangeNext: a dash or "to", then an amount (a digit or a currency mark).
func noteRangeNext(s string) bool {
	s = strings.TrimLeft(s, " ")
	switch {
	case strings.HasPrefix(s, "-"):
		s = s[1:]
	case strings.HasPrefix(s, "–"), strings.HasPrefix(s, "—"):
		s = s[len("–"):]
	case len(s) > 3 && (s[:3] == "to " || s[:3] == "To "):
		s = s[2:]
	default:
		return false
	}
	s = strings.TrimLeft(s, " ")
	return s != "" && (isDigit(s[0]) || strings.ContainsRune("$£€¥₹", []rune(s)[0]))
}
