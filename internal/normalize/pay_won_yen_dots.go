package normalize

import (
	"strconv"
	"strings"
)

// wonYenDots reads a won or yen amount whose thousands are grouped by
// points ("25.000원", "1.200円") as a whole number: neither has a minor
// unit in pay, so
// a point followed by exactly three digits is a thousands mark. Any other
// figure s (empty, commas, a fraction of one or two digits) keeps v.
func wonYenDots(s string, v float64) float64 {
	parts := strings.Split(s, ".")
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 {
		return v
	}
	for i, p := range parts {
		if i > 0 && len(p) != 3 {
			return v
		}
		for j := 0; j < len(p); j++ {
			if !isDigit(p[j]) {
				return v
			}
		}
	}
	w, err := strconv.ParseFloat(strings.Join(parts, ""), 64)
	if err != nil {
		return v
	}
	return w
}
