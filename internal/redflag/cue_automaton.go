package redflag

import (
	"fmt"
	"strings"

	"github.com/gigscout/gigscout/internal/textcue"
)

// mergeCuePrefixes builds the shared cue automaton with
// textcue.NewMergedAutomaton: the patterns that mean the same to a scan
// (the same users, the same literal, the same length; the digit
// expansions of "$\d", "\d+ hours" and the like make most of them) are
// given one id, which shrinks the automaton's table about threefold. Off,
// every pattern is its own id (the reference the tests compare with).
var mergeCuePrefixes = true

// cueAutomaton returns the automaton of the strings pats and the users
// and literal index of each id it reports (users[k] and lit[k] are those
// of pats[k]).
func cueAutomaton(pats []string, users [][]cueUse, lit []int) (*textcue.Automaton, [][]cueUse, []int, error) {
	if !mergeCuePrefixes {
		ac, err := textcue.NewAutomaton(pats)
		return ac, users, lit, err
	}
	ids := make([]int, len(pats))
	byKey := map[string]int{}
	var gUsers [][]cueUse
	var gLit []int
	var b strings.Builder
	for k, p := range pats {
		b.Reset()
		fmt.Fprintf(&b, "%d/%d", len(p), lit[k])
		for _, u := range users[k] {
			fmt.Fprintf(&b, "/%d,%t,%x", u.cue, u.bounded, u.alts)
		}
		id, ok := byKey[b.String()]
		if !ok {
			id = len(gUsers)
			byKey[b.String()] = id
			gUsers = append(gUsers, users[k])
			gLit = append(gLit, lit[k])
		}
		ids[k] = id
	}
	ac, err := textcue.NewMergedAutomaton(pats, ids)
	return ac, gUsers, gLit, err
}
