package normalize

// indianGrouped reports an amount written with Indian digit grouping: a
// digit, then groups of two digits after commas, then a last group of three
// ("1,00,000", "12,50,000", "1,00,00,000"). Western grouping never puts two
// digits between commas, so a pay field written so with no currency and no
// place states rupees.
func indianGrouped(s string) bool {
	for i := 1; i+3 < len(s); i++ {
		if s[i] != ',' || !isDigit(s[i-1]) {
			continue
		}
		j := i // past the two-digit groups
		for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && s[j+3] == ',' {
			j += 3
		}
		if j > i && j+3 < len(s) && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && (j+4 == len(s) || !isDigit(s[j+4])) {
			return true
		}
	}
	return false
}
