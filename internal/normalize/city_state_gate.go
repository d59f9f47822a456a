package normalize

// mayCityState reports whether cityState may match s: its matches start
// with two capital ASCII letters at the start of s or after a comma and
// white space (\s: tab, newline, form feed, carriage return, space).
// "Berlin, Germany" and "Remote, Europe" have none. The reference run
// always looks.
func mayCityState(s string) bool {
	if reference {
		return true
	}
	twoCaps := func(i int) bool {
		return i+1 < len(s) && s[i] >= 'A' && s[i] <= 'Z' && s[i+1] >= 'A' && s[i+1] <= 'Z'
	}
	if twoCaps(0) {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\f' || s[j] == '\r') {
			j++
		}
		if twoCaps(j) {
			return true
		}
	}
	return false
}
