package normalize

import "strings"

// A legal minimum wage quoted beside a posting's pay is no pay of the job:
// "über dem gesetzlichen Mindestlohn von 12,82 €", "au-dessus du SMIC
// (11,65 €)", "SMI de 1.134 € establecido por ley", "salário mínimo
// nacional de 870 € definido por lei", "płaca minimalna 4 300 zł zgodnie
// z ustawą", "minimumloon (€ 13,68 per uur, wettelijk vastgesteld)". An
// amount is turned away when a minimum-wage word stands in its sentence
// right before it and either a word saying "above" comes before that
// word (the job pays more, by an amount not given) or a word naming the
// law follows the amount. A minimum wage named as the pay with no law
// after it ("Salário de R$ 1.412,00 (salário mínimo)", "Wir zahlen den
// Mindestlohn von 12,82 €") stays pay.

// minWageWords name a statutory minimum wage (lower case; "minimaln"
// covers the Polish "płaca minimalna", "minimalnego wynagrodzenia").
var minWageWords = []string{"mindestlohn", "smic", "smi ", "smi)", "salario minimo", "salario mínimo", "salário mínimo",
	"minimumloon", "minimum loon", "minimumuurloon", "minimaln"}

// minWageAbove say the pay lies above the minimum: German, French,
// Spanish, Portuguese, Dutch, Polish, Italian, Swedish.
var minWageAbove = []string{"über ", "uber ", "oberhalb", "mehr als", "au-dessus", "au dessus", "supérieur", "por encima",
	"superior a", "superior ao", "acima", "boven", "hoger dan", "powyżej", "ponad", "sopra", "superiore", "över "}

// minWageLaw name the law after the amount: "laut Gesetz", "gesetzlich",
// "par la loi", "por ley", "por lei", "wettelijk", "zgodnie z ustawą",
// "per legge", "enligt lag".
var minWageLaw = []string{"gesetz", "par la loi", "légal", "por ley", "por lei", "wettelijk", "ustaw", "per legge", "enligt lag"}

// minimumWageQuoted reports an amount quoted as the legal minimum wage
// (judge turns it away). before and after are judge's windows.
func minimumWageQuoted(before, after string) bool {
	if !containsFold(before, "smi") && !containsFold(before, "minim") && !containsFold(before, "mínim") && !containsFold(before, "mindestlohn") {
		return false // the cheap gate, before any copy: no minimum-wage word near
	}
	b := strings.ToLower(before)
	if i := strings.LastIndexAny(b, "\n!?;"); i >= 0 {
		b = b[i+1:]
	}
	if i := strings.LastIndex(b, ". "); i >= 0 {
		b = b[i+2:]
	}
	at := -1
	for _, w := range minWageWords {
		if i := strings.LastIndex(b, w); i > at {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	for _, w := range minWageAbove {
		if strings.Contains(b[:at], w) {
			return true
		}
	}
	a := strings.ToLower(after)
	if i := strings.IndexAny(a, "\n!?;"); i >= 0 {
		a = a[:i]
	}
	if i := strings.Index(a, ". "); i >= 0 {
		a = a[:i]
	}
	for _, w := range minWageLaw {
		if strings.Contains(a, w) {
			return true
		}
	}
	return false
}

// minimumWageDropped is bestPay's last word on a candidate another reader
// than judge found (looseEuroPay, the mark readers): nil when it is a
// minimum wage quoted as law (minimumWageQuoted).
func minimumWageDropped(text string, best *payCandidate) *payCandidate {
	if best == nil || best.start < 0 || best.end > len(text) || best.start > best.end {
		return best
	}
	if minimumWageQuoted(text[max(0, best.start-60):best.start], text[best.end:min(len(text), best.end+60)]) {
		return nil
	}
	return best
}
