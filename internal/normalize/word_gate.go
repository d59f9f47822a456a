package normalize

import "strings"

// Many readers first ask whether a whole description holds one of a few
// words, a cheap test before their regexps. Asked of every description,
// each word was a search through all of it, and most descriptions hold
// none. A wordGate answers that first from the shared key scan: each word
// has a key (a run of its bytes every place of the word holds, in the case
// the scan folds to), so a text whose scan holds none of the keys holds
// none of the words. The reader's own test runs only on a text that may.

// A wordGate holds the keys of a few words; nil keys (a word with no key
// three bytes long) means every text may hold one.
type wordGate struct {
	keys  *keyRegexp
	fold  bool     // the words are looked for as strings.EqualFold matches them
	words []string // as given (TestPackageWordGates)
}

// newExactGate is the gate of words looked for as written or ignoring
// ASCII case (strings.Contains, containsFold, containsAnyKey): a word's
// key is all of it, its ASCII letters lower-cased. Make gates as package
// variables: their keys join the shared scan when it is built.
func newExactGate(words ...string) *wordGate { return newWordGate(false, words) }

// newFoldGate is the gate of words looked for ignoring case as
// strings.EqualFold does (hasFold, containsAnyFold), which folds other
// letters too ("Ä" to "ä"): a word's key is its longest run of ASCII
// bytes.
func newFoldGate(words ...string) *wordGate { return newWordGate(true, words) }

func newWordGate(fold bool, words []string) *wordGate {
	g := &wordGate{fold: fold, words: words}
	var keys []string
	for _, w := range words {
		k := gateKey(w, fold)
		if k == "" {
			return g
		}
		keys = append(keys, k)
	}
	g.keys = keyGate(keys)
	return g
}

// gateKey is the key of w (see newExactGate and newFoldGate), spaces at
// its ends left off (a key " in" would be at every "in"); "" when it is
// shorter than three bytes.
func gateKey(w string, fold bool) string {
	run := w
	if fold {
		run = ""
		for i := 0; i < len(w); {
			j := i
			for j < len(w) && w[j] < 0x80 {
				j++
			}
			if j-i > len(run) {
				run = w[i:j]
			}
			for i = j; i < len(w) && w[i] >= 0x80; i++ {
			}
		}
	}
	key := []byte(strings.Trim(run, " "))
	for i, c := range key {
		key[i] = lowerByte(c) // ASCII letters only: the scan compares other bytes as written
	}
	if len(key) < 3 {
		return ""
	}
	return string(key)
}

// may reports whether s may hold one of g's words: false when it surely
// holds none. A text with a rune that strings.EqualFold folds to an ASCII
// letter (the Kelvin sign, the long s: textcue.SlowText) may, for a fold
// gate; the reference run always may.
func (g *wordGate) may(s string) bool {
	switch {
	case g.keys == nil || reference:
		return true
	case g.fold:
		return g.keys.holdsKeyOrSlow(s)
	}
	return g.keys.holdsKey(s)
}
