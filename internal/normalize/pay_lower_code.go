package normalize

// A pay field written all in lower case names its currency in lower case
// after the amount: "17,600 - 33,400 pln/month", "5,000 - 7,000 eur per
// month". The money reader takes currency codes in capitals only (a
// lower-case "try", "ron" or "rub" in running text is a word), so in the
// pay field alone a lower-case code that follows a digit (or a digit and one
// space) and ends the word is read as the code. A thousands "k" between the
// digit and the code counts as part of the amount ("90k - 110k usd"). The rewrite keeps every
// byte's place, so evidence spans still point into the field as written.

// lowerPayCodes are the codes read in lower case: none is an English,
// Spanish, French or German word.
var lowerPayCodes = map[string]bool{
	"usd": true, "eur": true, "gbp": true, "pln": true, "chf": true, "sek": true, "nok": true, "dkk": true,
	"czk": true, "huf": true, "inr": true, "aud": true, "cad": true, "nzd": true, "sgd": true, "hkd": true,
	"brl": true, "mxn": true, "zar": true, "jpy": true, "cny": true, "ngn": true, "uah": true, "kes": true,
	"aed": true, "bdt": true, "pkr": true, "myr": true, "idr": true, "thb": true, "vnd": true,
}

// lowerCodePayText upper-cases such codes in a pay field's text.
func lowerCodePayText(s string) string {
	var b []byte
	for i := 1; i+3 <= len(s); i++ {
		c := s[i]
		if c < 'a' || c > 'z' {
			continue
		}
		j := i - 1
		if s[j] == ' ' && j > 0 {
			j--
		}
		if (s[j] == 'k' || s[j] == 'K') && j > 0 {
			j-- // "110k usd": the k belongs to the amount
		}
		if !isDigit(s[j]) || (i+3 < len(s) && isWordByte(s[i+3])) || !lowerPayCodes[s[i:i+3]] {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		for k := i; k < i+3; k++ {
			b[k] -= 'a' - 'A'
		}
		i += 2
	}
	if b == nil {
		return s
	}
	return string(b)
}
