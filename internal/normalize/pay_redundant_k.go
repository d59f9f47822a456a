package normalize

// A "k" after a figure already written with a thousands group adds
// nothing: "25.000K - 33.000 EUR" is 25,000 to 33,000 euros, not 25
// million to 33 thousand, and "30.000K - 40.000K" is 30,000 to 40,000. The
// k is read as a label (not a multiplier) when every end that carries it
// has a thousands group, both ends then stand at 1,000 or more and within
// three times of each other. The first end must carry the k and its figure
// must be 10,000 or more: "INR 1,050k–1,500k" is a thousand times 1,050
// (1.05 million), and "$160,000 - 200,000k" (a k on the second end only)
// stays as it was. Ranges only: a lone "25.000K" stays as it was too.
// Table tests in pay_redundant_k_test.go.

// thousandsGrouped reports a figure whose last separator is followed by
// exactly three digits ("25.000", "1,200,000", "33.000"): parseAmount reads
// it as thousands, not decimals.
func thousandsGrouped(n string) bool {
	i := -1
	for j := 0; j < len(n); j++ {
		switch c := n[j]; {
		case c == '.' || c == ',':
			i = j
		case !isDigit(c):
			return false
		}
	}
	return i > 0 && len(n)-i-1 == 3
}

// redundantKRange returns the ends of a range read without its redundant
// k (see above), and ok when the rule holds.
func redundantKRange(n1, m1, n2, m2 string) (lo, hi float64, ok bool) {
	k1, k2 := m1 == "k" || m1 == "K", m2 == "k" || m2 == "K"
	if !k1 || (m2 != "" && !k2) {
		return 0, 0, false
	}
	if !thousandsGrouped(n1) || (k2 && !thousandsGrouped(n2)) {
		return 0, 0, false
	}
	a, _ := parseAmount(n1, "")
	b, _ := parseAmount(n2, "")
	if a < 1e4 || b < 1000 || a > 3*b || b > 3*a || (k2 && b < 1e4) {
		return 0, 0, false
	}
	return a, b, true
}
