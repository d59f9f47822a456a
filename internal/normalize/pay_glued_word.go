package normalize

// A scraped pay field may run its amount into the next field's word with
// no space: "$157-200kApplicants", "$90KFull-time". A thousands letter
// glued to a capitalized word is no amount's end for the money scanner,
// which then read "$157-200" an hour. gluedWordAfterK blanks the word's
// capital (same length: offsets still index the caller's text), so "k"
// ends the amount. Table tests in pay_glued_word_test.go.
func gluedWordAfterK(s string) string {
	var b []byte
	for i := 1; i+2 < len(s); i++ {
		if (s[i] == 'k' || s[i] == 'K') && isDigit(s[i-1]) && isUpperASCII(s[i+1]) && s[i+2] >= 'a' && s[i+2] <= 'z' {
			if b == nil {
				b = []byte(s)
			}
			b[i+1] = ' '
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}
