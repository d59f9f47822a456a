package redflag

import (
	"slices"
	"strings"
)

// orderFactors reorders the factor lists of c (see cue.factors and
// cueAlt.factors) so that holdsFactor, which needs one literal of every
// list, tries first the lists most likely to fail for the fewest
// substring searches. A candidate rejected by its factors (most of those
// of the article prefixes, "the ", "a ", "our ") costs one search of each
// literal of the first list that fails: reSupervisorMore's "the ..."
// alternative listed its fourteen verbs before "you", so every "the" of a
// description paid fourteen searches. The lists are the same, so
// holdsFactor answers the same.
//
// Lists come in this order: those that cannot fail (one of whose literals
// is in every prefix of the alternative, as "the" in "the "; or all of
// single bytes, as " ") last; the others by their number of literals,
// fewest first; ties keep their order.
func orderFactors(c *cue) {
	if shortcutsOff {
		return
	}
	c.factors = orderedLists(c.factors, nil)
	for i := range c.alts {
		c.alts[i].factors = orderedLists(c.alts[i].factors, c.alts[i].prefixes)
	}
}

// orderedLists returns lists in holdsFactor's order (see orderFactors);
// prefixes are those of the alternative (nil: unknown).
func orderedLists(lists [][]string, prefixes []string) [][]string {
	if len(lists) < 2 {
		return lists
	}
	out := slices.Clone(lists)
	slices.SortStableFunc(out, func(a, b []string) int {
		sa, sb := sureList(a, prefixes), sureList(b, prefixes)
		switch {
		case sa != sb && sa:
			return 1
		case sa != sb:
			return -1
		}
		return len(a) - len(b)
	})
	return out
}

// sureList reports a list that (nearly) every candidate holds: one of
// single bytes, or one with a literal in every prefix.
func sureList(list []string, prefixes []string) bool {
	single := true
	for _, l := range list {
		single = single && len(l) == 1
	}
	if single || len(prefixes) == 0 {
		return single
	}
	for _, p := range prefixes {
		if !slices.ContainsFunc(list, func(l string) bool { return strings.Contains(p, l) }) {
			return false
		}
	}
	return true
}
