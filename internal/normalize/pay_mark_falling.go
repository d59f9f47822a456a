package normalize

import "strings"

// A pay field may write a range high to low with a local mark on each end,
// "RM16k - RM12k", as other ranges with a dash are ("$30.00/hr – $25.00/hr"
// is 25 to 30). Joined by "to" it stays two figures (a range joined by a
// word must rise), and so does a pair below a thousand ("RM 204 - 105" may
// be rooms).

// markFallingRange reports that text[from:to], the bytes between a falling
// range's figures (after the first one's multiplier), is only a hyphen or
// a dash, with the second figure's mark and spaces, and that the lower
// figure, lower, is a thousand or more.
func markFallingRange(text string, from, to int, lower float64) bool {
	if lower < 1000 || from < 0 || to <= from || to > len(text) {
		return false
	}
	b := strings.TrimSpace(text[from:to])
	for _, d := range []string{"-", "–", "—"} {
		if strings.HasPrefix(b, d) {
			rest := strings.TrimSpace(b[len(d):])
			return rest == "" || !strings.ContainsAny(rest, "0123456789") && len(rest) <= 4 && !strings.Contains(strings.ToLower(rest), "to")
		}
	}
	return false
}
