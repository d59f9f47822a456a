package redflag

import "regexp"

// Windows (gate.go's each, prefilter.go's eachIn) cost a sentence lookup
// for every occurrence of every literal of the gate, a sort and a merge,
// before the pattern runs at the few starts of its cue that fall in them.
// When the pattern's cue has no start anywhere in the view, no window can
// hold a match, so the windows are not worth finding: windowCue says so
// before they are, and hands eachMatchCue the cue it looked up (once per
// call instead of once per window).

// windowCue returns the cue of re (nil when it runs plain) and false when
// no match of re can start anywhere in v.s. Only the shared set's cues
// are asked: their starts come from the scan the windows read anyway,
// while a cue with a set of its own would cost a pass of its own.
func (v *view) windowCue(re *regexp.Regexp) (*cue, bool) {
	if v.plain {
		return nil, true
	}
	c := cueOf(re)
	if c != nil && c.set == sharedCues() {
		if cands, _ := v.scan().cands(c.idx); len(cands) == 0 {
			return c, false
		}
	}
	return c, true
}

// eachMatchCue is eachMatch with the cue of re given (from windowCue).
func (v *view) eachMatchCue(c *cue, re *regexp.Regexp, w0, w1 int, fn func(m []int) bool) bool {
	if v.plain || c == nil {
		return v.eachMatchPlain(re, w0, w1, fn)
	}
	return v.eachMatchAt(c, w0, w1, fn)
}
