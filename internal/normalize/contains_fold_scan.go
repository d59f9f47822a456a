package normalize

import "strings"

// containsFoldScan is containsFold: it finds the candidate places, the
// first byte of sub in either case, with strings.IndexByte (vector code)
// where a loop tested each byte of s; each case's next place is looked
// for again only once passed. TestContainsFoldScanSame and
// FuzzContainsFoldScan compare it with the byte loop it replaced.
func containsFoldScan(s, sub string) bool {
	if sub == "" {
		return true
	}
	if len(sub) > len(s) {
		return false
	}
	c0, c1 := sub[0], sub[0]
	if c0 >= 'a' && c0 <= 'z' {
		c1 = c0 - 'a' + 'A'
	}
	lim := len(s) - len(sub) + 1 // the places a match may start
	if c0 == c1 {
		for i := 0; i < lim; i++ {
			j := strings.IndexByte(s[i:lim], c0)
			if j < 0 {
				return false
			}
			if i += j; hasPrefixFold(s[i:], sub) {
				return true
			}
		}
		return false
	}
	n0, n1 := -1, -1 // the next place of c0 and of c1 from i, lim when none
	for i := 0; i < lim; i++ {
		if n0 < i {
			if n0 = strings.IndexByte(s[i:lim], c0); n0 < 0 {
				n0 = lim
			} else {
				n0 += i
			}
		}
		if n1 < i {
			if n1 = strings.IndexByte(s[i:lim], c1); n1 < 0 {
				n1 = lim
			} else {
				n1 += i
			}
		}
		if i = min(n0, n1); i == lim {
			return false
		}
		if hasPrefixFold(s[i:], sub) {
			return true
		}
	}
	return false
}
