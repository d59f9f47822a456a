package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/agnivade/levenshtein"
)

// didYouMean is the candidate closest to s (edit distance at most a third
// of its length, and at most 3), or "".
func didYouMean(s string, candidates []string) string {
	best, bestD := "", 4
	for _, c := range candidates {
		d := levenshtein.ComputeDistance(strings.ToLower(s), strings.ToLower(c))
		if d < bestD && d <= max(1, len(s)/3) {
			best, bestD = c, d
		}
	}
	return best
}

// unknownName is the usage error for a name not among valid: it lists
// them, with a did-you-mean when one is close.
func unknownName(what, name string, valid []string) error {
	sorted := append([]string(nil), valid...)
	sort.Strings(sorted)
	msg := fmt.Sprintf("unknown %s %q", what, name)
	if dm := didYouMean(name, sorted); dm != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", dm)
	}
	if len(sorted) == 0 {
		return usagef("%s: no %ss are configured", msg, what)
	}
	return usagef("%s; the %ss are: %s", msg, what, strings.Join(sorted, ", "))
}

// oneLine makes a possibly multi-line error fit one table cell.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(strings.NewReplacer("\r\n", " ", "\n", " ", "\t", " ").Replace(s)), " ")
	const limit = 120
	if r := []rune(s); len(r) > limit {
		return string(r[:limit-1]) + "…"
	}
	return s
}
