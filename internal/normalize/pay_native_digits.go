package normalize

import (
	"strings"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Digits written in the Arabic-Indic (Arabic), extended Arabic-Indic
// (Persian, Urdu), Devanagari (Hindi, Nepali, Marathi) and Bengali scripts,
// and the Arabic thousands and decimal separators: "حقوق: ۱۵۰٬۰۰۰٬۰۰۰ ریال",
// "বেতন: ৩০,০০০ টাকা প্রতি মাসে", "वेतन: ₹ २५,००० प्रति माह". The money
// scanners read ASCII digits only; ParsePay reads such a text through its
// ASCII-digit copy and maps the evidence back onto the original (table tests
// in pay_native_digits_test.go).

// nativeDigit returns the ASCII form of r: a digit of those scripts, or the
// Arabic thousands ("٬") or decimal ("٫") separator; 0 for any other rune.
func nativeDigit(r rune) byte {
	switch {
	case r >= 0x0660 && r <= 0x0669:
		return byte('0' + r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return byte('0' + r - 0x06F0)
	case r >= 0x0966 && r <= 0x096F:
		return byte('0' + r - 0x0966)
	case r >= 0x09E6 && r <= 0x09EF:
		return byte('0' + r - 0x09E6)
	case r == 0x066C:
		return ','
	case r == 0x066B:
		return '.'
	}
	return 0
}

// mayHoldNativeDigits reports a byte that starts one of those runes' UTF-8
// forms (0xD9, 0xDB, 0xE0): an ASCII or Latin text is passed over by three
// fast byte searches.
func mayHoldNativeDigits(s string) bool {
	return strings.IndexByte(s, 0xD9) >= 0 || strings.IndexByte(s, 0xDB) >= 0 || strings.IndexByte(s, 0xE0) >= 0
}

// asciiDigits returns s with those digits and separators written in ASCII
// and at, the offset in s of each byte of the result (and of its end); ok
// is false when s holds none of them.
func asciiDigits(s string) (out string, at []int, ok bool) {
	if !mayHoldNativeDigits(s) {
		return s, nil, false
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if d := nativeDigit(r); d != 0 {
			if !ok {
				ok = true
				b.Grow(len(s))
				b.WriteString(s[:i])
				at = make([]int, 0, len(s)+1)
				for k := 0; k < i; k++ {
					at = append(at, k)
				}
			}
			b.WriteByte(d)
			at = append(at, i)
		} else if ok {
			b.WriteString(s[i : i+size])
			for k := 0; k < size; k++ {
				at = append(at, i+k)
			}
		}
		i += size
	}
	if !ok {
		return s, nil, false
	}
	return b.String(), append(at, len(s)), true
}

// nativeDigitPay is ParsePay on a text written with native digits: the pay
// of its ASCII-digit copy, its evidence mapped back onto text; ok is false
// when text has no native digit.
func nativeDigitPay(field, text string) (pay *model.Pay, unpaid, ok bool) {
	ascii, at, ok := asciiDigits(text)
	if !ok {
		return nil, false, false
	}
	pay, unpaid = parsePayText(field, ascii)
	if pay != nil && pay.Evidence != nil {
		start, end := at[pay.Evidence.Start], at[pay.Evidence.End]
		pay.Evidence.Start, pay.Evidence.End, pay.Evidence.Text = start, end, text[start:end]
	}
	return pay, unpaid, true
}
