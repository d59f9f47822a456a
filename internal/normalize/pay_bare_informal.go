package normalize

import (
	"regexp"
	"strings"
)

// pmAfterFigure is " pm" or " p.m." right after a figure (its group): a
// month.
var pmAfterFigure = regexp.MustCompile(`(?i)[\dk]( p\.m\.| pm)(?:\s*$|[^\p{L}\d])`)

// bareInformal rewrites informal South Asian wording of a bare pay field
// into the shape reBarePay reads, byte for byte the same length (so spans
// found in the copy hold for the field as written):
//
//   - the "/-" written after a rupee or taka figure ("25,000/- per month",
//     "18,000/-"), which means "and no paise", becomes spaces;
//   - a leading "around", "about", "approx." or "approximately" becomes
//     spaces ("around 20k per month");
//   - "between A and B" becomes "A to B" ("between 18000 and 22000");
//   - "pm" or "p.m." after a figure becomes "/mo" ("38k pm"), and "per
//     mensem" becomes "per month " (the Latin of Indian offer letters).
//
// Any other field is returned as it is.
func bareInformal(text string) string {
	if !strings.Contains(text, "/-") && !hasFold(text, "around") && !hasFold(text, "about") && !hasFold(text, "approx") &&
		!hasFold(text, "approximately") && !hasFold(text, "between") && !hasFold(text, "pm") && !hasFold(text, "p.m") && !hasFold(text, "mensem") {
		return text
	}
	b := []byte(text)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == '/' && b[i+1] == '-' && isDigit(b[i-1]) {
			b[i], b[i+1] = ' ', ' '
		}
	}
	if i := strings.Index(strings.ToLower(string(b)), "per mensem"); i >= 0 {
		copy(b[i:], "per month ")
	}
	if m := pmAfterFigure.FindSubmatchIndex(b); m != nil {
		copy(b[m[2]:m[3]], "/mo  "[:m[3]-m[2]])
	}
	s := string(b)
	lead := len(s) - len(strings.TrimLeft(s, " \t"))
	rest := strings.ToLower(s[lead:])
	for _, w := range []string{"approximately ", "approx. ", "approx ", "around ", "about ", "between "} {
		if !strings.HasPrefix(rest, w) {
			continue
		}
		b = []byte(s)
		copy(b[lead:], strings.Repeat(" ", len(w)))
		if w == "between " {
			and := strings.Index(strings.ToLower(s[lead+len(w):]), " and ")
			if and < 0 {
				return text // "between" with no second bound is no range
			}
			copy(b[lead+len(w)+and:], "  to ")
		}
		return string(b)
	}
	return s
}
