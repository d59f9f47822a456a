package normalize

import "strings"

// etatFraction reports a Polish working time given as a fraction of a
// full-time post: "0,5 etatu", "0.75 etatu", "3/4 etatu" (half, three
// quarters of a post), which is part time. A whole post ("1 etatu",
// "1/1 etatu") is not a fraction. s is lower case.
func etatFraction(s string) bool {
	i := strings.Index(s, "etatu")
	if i <= 0 {
		return false
	}
	head := strings.TrimRight(s[:i], " \u00a0")
	tok := head[strings.LastIndexAny(head, " (\u00a0")+1:]
	if len(tok) > 2 && tok[0] == '0' && (tok[1] == ',' || tok[1] == '.') {
		return allDigits(tok[2:]) && strings.Trim(tok[2:], "0") != ""
	}
	if a, b, ok := strings.Cut(tok, "/"); ok && allDigits(a) && allDigits(b) && len(a) == 1 && len(b) == 1 {
		return a[0] > '0' && a[0] < b[0]
	}
	return false
}
