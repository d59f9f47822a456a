package normalize

import "strings"

// Chinese and Japanese pay fields are sometimes typed with full-width
// digits and letters ("１５-２５Ｋ", "３０万"), which the amount readers,
// written for ASCII digits, pass over. foldFullWidthASCII (applied to the
// pay field when the listing is built, so that evidence offsets index the
// folded text) turns full-width digits, Latin letters, the hyphen-minus
// and the full stop into ASCII. Full-width punctuation (，；～) is left as
// it is: the Chinese field readers cut the field at it. The full-width yen
// sign (U+FFE5) is left to fullWidthYen.

// foldFullWidthASCII returns s with full-width ASCII forms folded; s itself
// when it has none (each starts with the byte 0xEF, which most texts lack).
// cjkASCII (pay_cjk.go) folds the CJK readers' own narrower set, commas
// included, inside the phrases they have found.
func foldFullWidthASCII(s string) string {
	if strings.IndexByte(s, 0xef) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF10 && r <= 0xFF19, r >= 0xFF21 && r <= 0xFF3A, r >= 0xFF41 && r <= 0xFF5A, r == 0xFF0D, r == 0xFF0E:
			return r - 0xFEE0 // "１" U+FF11 is "1" U+0031
		}
		return r
	}, s)
}
