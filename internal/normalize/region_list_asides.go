package normalize

import "strings"

// A bracketed aside inside a list of places (table tests in
// region_list_asides_test.go): "open to candidates in the US, Canada
// (Ontario or British Columbia only), the Netherlands, Poland and
// Czechia". regionList ends a clause at a bracket; an aside of a few words
// that closes and is followed by the list's next item (a comma, "and",
// "or", "&") is part of the list, so it is blanked and the list read on.

// listAsidesBlanked returns s with each such aside blanked, and whether
// one was; s is the clause text regionList reads.
func listAsidesBlanked(s string) (string, bool) {
	var b []byte
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ';', ':', '!', '?', '\n', '.', ')':
			return listAsidesResult(s, b)
		case '(':
			j := listAsideEnd(s, i)
			if j < 0 {
				return listAsidesResult(s, b)
			}
			if b == nil {
				b = []byte(s)
			}
			for k := i; k < j; k++ {
				b[k] = ' '
			}
			i = j - 1
		}
	}
	return listAsidesResult(s, b)
}

func listAsidesResult(s string, b []byte) (string, bool) {
	if b == nil {
		return s, false
	}
	return string(b), true
}

// listAsideEnd returns the index past the ")" closing the aside opened at
// s[i], when it is short, holds no clause mark and is followed by a list
// separator; -1 otherwise.
func listAsideEnd(s string, i int) int {
	end := strings.IndexByte(s[i+1:min(len(s), i+64)], ')')
	if end < 0 {
		return -1
	}
	j := i + 1 + end + 1
	if strings.ContainsAny(s[i+1:j-1], "(;:!?\n") {
		return -1
	}
	rest := strings.TrimLeft(s[j:], " ")
	switch {
	case strings.HasPrefix(rest, ","), strings.HasPrefix(rest, "&"),
		strings.HasPrefix(rest, "and "), strings.HasPrefix(rest, "or "):
		return j
	}
	return -1
}
