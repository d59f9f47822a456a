package normalize

// Bolivian ads also write a monthly wage in bolivianos as a plain four-digit
// figure, with no thousands point: "Sueldo: Bs. 8500 mensuales". Such a
// figure after the "Bs" mark is pay when the text names a salary or a month
// in Spanish; without those words a plain figure after "Bs" stays no pay
// (a year after a BS degree, a typo).

// bsPlainWords are the Spanish salary and month words that make a plain
// "Bs" figure a wage.
var bsPlainWords = []string{"mensual", "sueldo", "salario", "al mes", "por mes"}

// bsPlainPay reports a plain four-digit figure (1000 to 9999, no leading
// zero) in a text that names a salary or a month.
func bsPlainPay(text, figure string) bool {
	if len(figure) != 4 || figure[0] < '1' || figure[0] > '9' {
		return false
	}
	for i := 1; i < 4; i++ {
		if !isDigit(figure[i]) {
			return false
		}
	}
	return containsAnyFold(text, bsPlainWords)
}
