package normalize

import "strings"

// Brazilian internship ads list the stipend ("bolsa-auxílio") beside
// allowances named "auxílio" plus what they pay for: "Auxílio Home Office
// de R$ 150,00/mês", "auxílio-transporte: R$ 220". Such an amount is no
// pay, and its period made it outrank the stipend, which has none. The
// stipend's own name ends in the same word ("Bolsa-auxílio de R$ 1.500"),
// so "bolsa" right before it keeps the amount.

// ptAllowanceBefore reports an "auxílio" allowance naming the amount
// from the words right before it: the word stands in the last 40 bytes
// of the clause, no figure stands between it and the amount, and
// "bolsa" does not stand right before it.
func ptAllowanceBefore(before string) bool {
	b := before
	if len(b) > 40 {
		b = b[len(b)-40:]
	}
	if cut := strings.LastIndexAny(b, "\n;•|"); cut >= 0 {
		b = b[cut+1:]
	}
	i := -1
	for _, w := range [...]string{"uxílio", "uxilio", "UXÍLIO", "UXILIO"} {
		if j := strings.LastIndex(b, w); j > i {
			i = j
		}
	}
	if i < 1 || b[i-1]|0x20 != 'a' {
		return false
	}
	for k := i; k < len(b); k++ {
		if isDigit(b[k]) {
			return false // a figure between: "auxílio de R$ 30/dia e bolsa R$ 900"
		}
	}
	pre := strings.TrimRight(b[:i-1], " -‐")
	return !hasSuffixFold(pre, "bolsa")
}
