package normalize

import (
	"strings"
	"unicode"
)

// The other of gross and net in brackets right after the pay: "4.200 €
// brutto (ca. 2.800 € netto) im Monat", "6 000 zł brutto (ok. 4 400 zł
// netto)", "Sueldo neto: 1.400 € (1.850 € brutos) al mes", "3 000 €
// bruts (environ 2 340 € nets) par mois". The bracket restates the pay,
// and its amount, nearer the period after it, would win over the pay it
// restates. blankGrossNetAside blanks such a bracket (same length, so
// every offset stays) when an amount comes right before it and it holds
// a figure and a word for gross or net (worldGrossNet): the pay before it then meets the
// period after it. A bracket with no gross or net word ("(13 Gehälter)",
// "(Jahresbrutto 45.500 €)") stays.

// grossNetAsideMax is the longest bracket (brackets included) blanked.
const grossNetAsideMax = 44

func blankGrossNetAside(text string) string {
	return blankBrackets(text, grossNetAsideMax, func(i, end int) bool {
		return end-i >= 5 && amountRightBefore(text[max(0, i-24):i]) && grossNetFigure(text[i+1:end-1])
	})
}

// amountRightBefore: the words before the bracket end in a figure, then at
// most a currency and a gross or net word on the same line ("4.200 €
// brutto ", "1.400 € ", "6 000 zł brutto ").
func amountRightBefore(s string) bool {
	s = strings.TrimRight(s, " \u00a0")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	words := strings.Fields(s)
	for n := 0; n < 3 && len(words) > 0; n++ {
		w := words[len(words)-1]
		if c := w[len(w)-1]; isDigit(c) {
			return true
		}
		if !worldGrossNet[termKey(w)] && len(w) > 4 && !strings.EqualFold(w, "euros") {
			return false // a word that is neither a currency nor gross or net
		}
		words = words[:len(words)-1]
	}
	return false
}

// grossNetFigure: the bracket holds a figure and a gross or net word
// ("plus", which joins an add-on to gross pay elsewhere, does not count
// here: "OTE $64,000 (base $44,000 plus commission)" names another figure).
func grossNetFigure(s string) bool {
	if strings.IndexAny(s, "0123456789") < 0 {
		return false
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if k := termKey(w); worldGrossNet[k] && k != "plus" {
			return true
		}
	}
	return false
}
