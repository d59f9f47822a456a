package normalize

import "regexp"

// A guardedRe, like guardedRegexp (guard_literal.go), is a plain regexp that skips a long text (a description)
// holding none of the literals of one of its literal lists (see
// literalGuard): the regexp would find nothing there, after a run at every
// position. Its results are the regexp's.
type guardedRe struct {
	*regexp.Regexp
	guard literalGuard
}

// guardRegexp compiles expr with its guard.
func guardRegexp(expr string) *guardedRe {
	return &guardedRe{Regexp: regexp.MustCompile(expr), guard: newLiteralGuard(expr)}
}

// skips reports a long text with no match. Shorter texts (windows,
// snippets) run the regexp: folding them would cost about as much.
func (g *guardedRe) skips(s string) bool {
	return len(s) >= minGuardedText && g.guard.skips(s)
}

// MatchString is regexp's.
func (g *guardedRe) MatchString(s string) bool {
	return !g.skips(s) && g.Regexp.MatchString(s)
}

// FindStringIndex is regexp's.
func (g *guardedRe) FindStringIndex(s string) []int {
	if g.skips(s) {
		return nil
	}
	return g.Regexp.FindStringIndex(s)
}

// FindStringSubmatch is regexp's.
func (g *guardedRe) FindStringSubmatch(s string) []string {
	if g.skips(s) {
		return nil
	}
	return g.Regexp.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp's.
func (g *guardedRe) FindStringSubmatchIndex(s string) []int {
	if g.skips(s) {
		return nil
	}
	return g.Regexp.FindStringSubmatchIndex(s)
}

// FindAllStringIndex is regexp's.
func (g *guardedRe) FindAllStringIndex(s string, n int) [][]int {
	if g.skips(s) {
		return nil
	}
	return g.Regexp.FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is regexp's.
func (g *guardedRe) FindAllStringSubmatch(s string, n int) [][]string {
	if g.skips(s) {
		return nil
	}
	return g.Regexp.FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp's.
func (g *guardedRe) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if g.skips(s) {
		return nil
	}
	return g.Regexp.FindAllStringSubmatchIndex(s, n)
}

// guardRegexpLists compiles expr with the literal lists given (Fold'ed:
// lower case, a space for white space, no digit but 0), for an expression
// whose lists textcue.FactorLists cannot derive (non-ASCII alternatives).
// Every match must hold a literal of each list; TestNormspeed7Guards
// checks them.
func guardRegexpLists(expr string, lists ...[]string) *guardedRe {
	return &guardedRe{Regexp: regexp.MustCompile(expr), guard: literalGuard{lists: lists}}
}

// handGuard adds literal lists (Fold'ed) to the guard of c, for a cue
// regexp whose derived lists are too common to skip anything ("is",
// "must") or none. Every match must hold a literal of each list:
// TestNormspeed7HandGuards checks them against the regexps.
func handGuard(c *cueRegexp, lists ...[]string) *cueRegexp {
	c.guard.lists = append(c.guard.lists, lists...)
	return c
}

// The hand guards: the word each alternative of the regexp spells out.
// strongOnsite: "on-site", "in person", "in the office", "not remote",
// "no hybrid"; bodyRemote: "remote", "work from home", "fully WFH",
// "telecommuting", "telework", "virtual", "from anywhere". (locOnsite's,
// "site", "office", "person", "remote", "wfo", cost more than they saved.)
var (
	_ = handGuard(strongOnsite, []string{"site", "person", "office", "remote", "hybrid"})
	_ = handGuard(bodyRemote, []string{"remote", "home", "wfh", "telecommut", "telework", "virtual", "anywhere"})
)
