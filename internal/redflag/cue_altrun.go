package redflag

import (
	"regexp/syntax"
	"sync"

	"github.com/gigscout/gigscout/internal/textcue"
)

// A cue whose pattern is one alternation (see cue.alts) runs, at a
// candidate, only the alternatives its prefixes allow: the others are
// replaced by a part that never matches (keeping their capture groups, so
// that the submatches are numbered as the pattern's), which gives a far
// smaller program. Most of these patterns are too large for the regexp
// package's backtracking matcher and took its NFA, several times slower,
// on every candidate; their runs at one or two alternatives backtrack.
//
// The match is the pattern's: at an anchored start, the pattern's match is
// that of its first alternative (in priority order) that matches there,
// and an alternative the candidate's prefixes rule out matches nowhere at
// it (holdsFactor relies on the same), so dropping it changes neither
// which alternative matches nor its submatches; the dropped groups are
// unset in both.
//
// altRunsOff turns this off (every candidate runs the whole pattern): the
// reference its tests compare with.
var altRunsOff = false

// altRuns holds a cue's runs by mask of alternatives, made on first use.
type altRuns struct {
	m sync.Map // uint64 -> *textcue.Anchored
}

// runFor returns the anchored run for a candidate whose prefixes allow
// the alternatives alts (see altsOf): c.run when they allow every one.
func (c *cue) runFor(alts uint64) *textcue.Anchored {
	if c.alts == nil || altRunsOff {
		return c.run
	}
	all := ^uint64(0) >> (64 - len(c.alts))
	mask := alts & all
	if mask == all || mask == 0 {
		return c.run
	}
	if r, ok := c.byAlts.m.Load(mask); ok {
		return r.(*textcue.Anchored)
	}
	r := c.restrictedRun(mask)
	got, _ := c.byAlts.m.LoadOrStore(mask, r)
	return got.(*textcue.Anchored)
}

// prepareAltRuns makes the runs of the masks single prefixes allow for
// the costly cues (those whose whole pattern takes the NFA), so that an
// assessment compiles none of those, which most descriptions reach. The
// other cues' runs (about 200 more, 3.6k instructions a listing less on
// the generated listings) are made on first use: made here, they more
// than doubled the time the shared set takes to build.
func (set *cueSet) prepareAltRuns() {
	for _, us := range set.users {
		for _, u := range us {
			if c := set.cues[u.cue]; c.costly {
				c.runFor(u.alts)
			}
		}
	}
}

// restrictedRun builds the run of c's pattern with only the alternatives
// of mask (c.run when the pattern does not parse as setAlts found it).
func (c *cue) restrictedRun(mask uint64) *textcue.Anchored {
	expr, tree, ok := c.restrictedExpr(mask)
	if !ok {
		return c.run
	}
	return textcue.NewAnchored(expr, tree)
}

// restrictedExpr returns c's pattern with only the alternatives of mask,
// and its syntax tree.
func (c *cue) restrictedExpr(mask uint64) (string, *syntax.Regexp, bool) {
	tree, err := syntax.Parse(c.re.String(), syntax.Perl)
	if err != nil {
		return "", nil, false
	}
	alt := patternAlternation(tree)
	if alt == nil || len(alt.Sub) != len(c.alts) {
		return "", nil, false
	}
	for i, sub := range alt.Sub {
		if mask&(1<<i) == 0 {
			alt.Sub[i] = neverMatches(sub)
		}
	}
	expr := tree.String()
	rt, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return "", nil, false
	}
	return expr, rt, true
}

// patternAlternation returns the alternation node of tree that setAlts
// takes c.alts from (within tree, to be edited), or nil.
func patternAlternation(tree *syntax.Regexp) *syntax.Regexp {
	alt := unwrap(tree)
	if alt.Op == syntax.OpConcat {
		j := 0
		for j < len(alt.Sub) && zeroWidth(alt.Sub[j]) {
			j++
		}
		if j == len(alt.Sub) {
			return nil
		}
		alt = unwrap(alt.Sub[j])
	}
	if alt.Op != syntax.OpAlternate {
		return nil
	}
	return alt
}

// neverMatches returns a part that matches nothing and holds, in order,
// an empty group for each capture group of re (with its name), so that
// the groups after it keep their numbers.
func neverMatches(re *syntax.Regexp) *syntax.Regexp {
	out := &syntax.Regexp{Op: syntax.OpConcat, Sub: []*syntax.Regexp{{Op: syntax.OpNoMatch}}}
	var walk func(r *syntax.Regexp)
	walk = func(r *syntax.Regexp) {
		if r.Op == syntax.OpCapture {
			out.Sub = append(out.Sub, &syntax.Regexp{Op: syntax.OpCapture, Cap: r.Cap, Name: r.Name,
				Sub: []*syntax.Regexp{{Op: syntax.OpEmptyMatch}}})
		}
		for _, s := range r.Sub {
			walk(s)
		}
	}
	walk(re)
	return out
}
