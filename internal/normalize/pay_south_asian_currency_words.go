package normalize

import (
	"strings"
	"unicode/utf8"
)

// Currency words of Urdu ("روپے", the Pakistani rupee), Persian ("ریال",
// the Iranian rial, written with the Persian yeh; the Arabic "ريال" stays
// the Saudi riyal), Bengali ("টাকা", the taka), Sinhala ("රු", the Sri
// Lankan rupee) and Devanagari ("रु", Nepal's rupee in a Nepali text and
// India's otherwise) beside a figure: each becomes its ISO code and spaces,
// byte for byte the same length, so the scanners read the code and every
// offset stays on the original text (table tests in
// pay_south_asian_currency_words_test.go). Before a figure ("روپے 55,000",
// "රු. 60,000") the code is written last, next to it; after one ("40000
// روپے", "৩০,০০০ টাকা") first. A word with no figure beside it (at most one
// space between) stays as it is. Left out: the toman, ten rials, which no
// code names.
var southAsianCurrencyWords = [...]struct{ word, code string }{
	{"روپے", "PKR"}, {"روپیہ", "PKR"}, {"روپیے", "PKR"}, {"ریال", "IRR"}, {"টাকা", "BDT"}, {"රු.", "LKR"}, {"රු", "LKR"},
	{"रु.", "NPR"}, {"रू.", "NPR"}, {"रु", "NPR"}, {"रू", "NPR"}, // the rupee in Devanagari: Nepal's in a Nepali text, else India's (devanagariRupee)
}

// nepaliMarkers are words Nepali writes and Hindi does not (salary, month,
// rupees, Nepal, Kathmandu, "will be", the copula "छ" closing a sentence).
var nepaliMarkers = []string{"तलब", "महिना", "रुपैयाँ", "नेपाल", "काठमाडौं", "हुनेछ", "छ।", " छ "}

// devanagariRupee is the code of a Devanagari "रु": NPR in a Nepali text,
// else INR ("रु." is how Hindi abbreviates the Indian rupee too).
func devanagariRupee(text string) string {
	if containsAnyKey(text, nepaliMarkers) {
		return "NPR"
	}
	return "INR"
}

// rewriteSouthAsianCurrencyWords rewrites those words; a text with no byte
// of the Arabic, Bengali or Sinhala blocks' first bytes (0xD8-0xDB, 0xE0)
// is returned after three fast substring scans (IndexAny would decode
// every rune of an ASCII text).
func rewriteSouthAsianCurrencyWords(text string) string {
	if !strings.Contains(text, "\u0631") && !strings.Contains(text, "\u099f") && !strings.Contains(text, "\u0dbb") && !strings.Contains(text, "\u0930") {
		return text // no "ر", "ট", "ර" or "र": none of the words
	}
	var b []byte
	rupee := ""
	for _, cw := range southAsianCurrencyWords {
		if cw.code == "NPR" {
			if !strings.Contains(text, cw.word) {
				continue
			}
			if rupee == "" {
				rupee = devanagariRupee(text)
			}
			cw.code = rupee
		}
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], cw.word)
			if i < 0 {
				break
			}
			i += from
			end := i + len(cw.word)
			from = end
			if b != nil && b[i] != text[i] {
				continue // rewritten already ("රු." before "රු")
			}
			pad := strings.Repeat(" ", len(cw.word)-len(cw.code))
			switch {
			case digitNear(text, end, true):
				if b == nil {
					b = []byte(text)
				}
				copy(b[i:], pad+cw.code)
			case digitNear(text, i, false):
				if b == nil {
					b = []byte(text)
				}
				copy(b[i:], cw.code+pad)
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// digitNear reports an ASCII digit right after (forward) or right before
// position i, with at most one space or no-break space between.
func digitNear(text string, i int, forward bool) bool {
	if forward {
		if strings.HasPrefix(text[i:], " ") {
			i++
		} else if strings.HasPrefix(text[i:], "\u00a0") {
			i += 2
		}
		return i < len(text) && isDigit(text[i])
	}
	if i > 0 && text[i-1] == ' ' {
		i--
	} else if i > 1 && text[i-2:i] == "\u00a0" {
		i -= 2
	}
	return i > 0 && isDigit(text[i-1])
}

// runeAlignedSpan widens an evidence span to whole runes of text: a code
// written over a word of two- or three-byte letters ("روپے", "ευρώ") may
// start or end inside one of the original's runes.
func runeAlignedSpan(text string, start, end int) (int, int) {
	for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
		start--
	}
	for end > 0 && end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return start, end
}
