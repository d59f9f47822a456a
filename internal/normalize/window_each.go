package normalize

// eachInIf runs re over the windows of s around the trigger matches (back
// bytes before, fwd after, merged; the windows may rules out skipped) and
// calls fn with each match, in order, as indexes in s, until fn returns
// true: the windows after the one holding that match are not searched. A
// match that starts inside a word the window cut, or overlaps the match
// before it, is passed over. findAllInIf collects every match;
// parseTotal takes the first total it accepts and parseDuration stops at
// the first duration tied to the work, and most texts' first window holds
// it.
func eachInIf(s string, re *cueRegexp, trigger [][]int, back, fwd int, may func(string) bool, fn func(m []int) bool) {
	last := -1 // where the last match passed to fn ends
	var buf [8][2]int
	for _, w := range appendWindows(buf[:0], s, trigger, back, fwd) {
		if skipWindow(s[w[0]:w[1]], may) {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(s[w[0]:w[1]], -1) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += w[0]
				}
			}
			if m[0] == w[0] && w[0] > 0 && isWordByte(s[w[0]-1]) {
				continue // starts inside a word cut by the window
			}
			if last >= 0 && m[0] < last {
				continue // overlaps the previous window's match
			}
			last = m[1]
			if fn(m) {
				return
			}
		}
	}
}
