package normalize

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/gigscout/gigscout/internal/textcue"
)

// keyRegexp is a regexp tried only around its key words: every match
// contains one of keys (ASCII, lower case, matched ignoring case), at most
// before bytes after the match's start and after bytes before its end. A
// plain regexp scans all of a long text. This finds the key words with a
// byte scan and runs the regexp on the window around each: as a cue regexp
// where its literal prefixes are long enough to be selective, else plain.
//
// Like a cue regexp, a key regexp compiles its expression on its first
// use (load); its keys are registered at once, for the shared key scan.
type keyRegexp struct {
	expr          string
	once          sync.Once
	std           *regexp.Regexp // the plain regexp of expr
	cue           *cueRegexp     // std searched from its prefixes, or nil
	plainOnly     bool           // no cue search (newPlainKeyRegexp)
	byFirst       [256][]string  // keys by first byte, both cases
	first         [256]bool      // the bytes byFirst has keys for
	before, after int
	keys          []string // as given
	// anchored is whether expr has a start anchor (^ outside a class). A
	// window starts at a word boundary, where ^ matches too; a match at a
	// window's start mid-line is checked again on the window stretched
	// back to the line's newline (lineWindow), where ^ and the newline
	// mean what they mean in the whole text.
	anchored bool
	// wordStart is whether a key counts only at a word's start (the byte
	// before it no ASCII letter or digit): a weekday key "thu" is no hit in
	// "enthusiastic", "day" none in "today" (newWordKeyRegexp).
	wordStart bool
	// rank[id] is 1 + the index in keys of the shared key id (0: not one of
	// keys); nil for a key regexp made after the shared keys were (see
	// sharedKeys), which scans for its keys itself.
	rank []uint8
	// mask is the shared ids of keys as a bit set, by its non-zero words:
	// a text none of whose hits is one of keys has no window (appendWindows
	// skips its hits unread).
	mask []keyMaskWord
}

// keyMaskWord is one non-zero word of a bit set of shared key ids.
type keyMaskWord struct {
	i    int
	bits uint64
}

// minCuePrefix is the shortest prefix worth a cue search in a window:
// shorter ones (a space, a bracket) start a regexp run at most places.
const minCuePrefix = 3

func newKeyRegexp(expr string, before, after int, keys ...string) *keyRegexp {
	return registerKeyRegexp(&keyRegexp{expr: expr, before: before, after: after, keys: keys})
}

// newWordKeyRegexp is newKeyRegexp for an expression whose every match
// holds one of keys at a word's start: keys inside words ("wed" in
// "allowed") open no window.
func newWordKeyRegexp(expr string, before, after int, keys ...string) *keyRegexp {
	return registerKeyRegexp(&keyRegexp{expr: expr, wordStart: true, before: before, after: after, keys: keys})
}

// midWord reports a key hit at i in s that k does not count: k keys word
// starts and the byte before i is an ASCII letter or digit.
func (k *keyRegexp) midWord(s string, i int) bool {
	return k.wordStart && i > 0 && (isLetterByte(s[i-1]) || isDigit(s[i-1]))
}

// newPlainKeyRegexp is newKeyRegexp without the cue search in the
// windows. For a regexp whose matches start with a digit or an optional
// label, its literal prefixes are one byte long, so no cue would be kept;
// the word tables' regexps are long alternations whose literal prefixes
// (in both cases) cost far more to work out than the few windows a text
// has cost to run plainly (cjkMoney and cyrillicMoney alone some 150
// million instructions).
func newPlainKeyRegexp(expr string, before, after int, keys ...string) *keyRegexp {
	return registerKeyRegexp(&keyRegexp{expr: expr, plainOnly: true, before: before, after: after, keys: keys})
}

// load compiles k on its first call and returns it.
func (k *keyRegexp) load() *keyRegexp {
	k.once.Do(func() {
		if k.plainOnly {
			k.std = regexp.MustCompile(k.expr)
		} else if c, err := compileCue(k.expr); err == nil {
			k.std = c.std // the same program: compiled once
			if c.fast.MinPrefix() >= minCuePrefix {
				k.cue = c
			}
		} else {
			k.std = regexp.MustCompile(k.expr)
		}
	})
	return k
}

// plain returns the plain regexp of k, searching all of a text.
func (k *keyRegexp) plain() *regexp.Regexp { return k.load().std }

// registerKeyRegexp indexes k's keys by their first byte (both cases of a
// letter) and adds k to the registry the key scan serves.
func registerKeyRegexp(k *keyRegexp) *keyRegexp {
	k.anchored = strings.Contains(strings.ReplaceAll(k.expr, "[^", ""), "^")
	for _, key := range k.keys {
		c := key[0]
		k.byFirst[c], k.first[c] = append(k.byFirst[c], key), true
		if c >= 'a' && c <= 'z' {
			k.byFirst[c-'a'+'A'], k.first[c-'a'+'A'] = append(k.byFirst[c-'a'+'A'], key), true
		}
	}
	keyMu.Lock()
	keyRegistry = append(keyRegistry, k)
	keyMu.Unlock()
	return k
}

// windows returns the merged byte ranges around the key words of s.
func (k *keyRegexp) windows(s string) [][2]int { return k.appendWindows(nil, s) }

// appendWindows is windows appending to out (empty): the searches pass a
// buffer on their stack, which spares the windows' allocations.
func (k *keyRegexp) appendWindows(out [][2]int, s string) [][2]int {
	keyOnce.Do(shareKeys)
	if k.rank == nil || reference {
		return append(out, k.ownWindows(s)...)
	}
	c := keyPool.Get().(*keyCache)
	h := c.hits(s)
	if !h.holdsAny(k.mask) {
		keyPool.Put(c)
		return out
	}
	for j := 0; j < len(h.pos); {
		// The first of k's keys (in their order) at this position.
		p, best := h.pos[j], uint8(0)
		for ; j < len(h.pos) && h.pos[j] == p; j++ {
			if r := k.rank[h.key[j]]; r > 0 && (best == 0 || r < best) {
				best = r
			}
		}
		if best > 0 && !k.midWord(s, int(p)) {
			out = k.addWindow(out, s, int(p), k.keys[best-1])
		}
	}
	keyPool.Put(c)
	return out
}

// holdsKey reports whether s holds one of k's keys (at a word's start if
// k counts only those): the shared key scan's answer, with no window made.
func (k *keyRegexp) holdsKey(s string) bool {
	keyOnce.Do(shareKeys)
	if k.rank == nil || reference || k.wordStart {
		var buf [4][2]int
		return len(k.appendWindows(buf[:0], s)) > 0
	}
	c := keyPool.Get().(*keyCache)
	held := c.hits(s).holdsAny(k.mask)
	keyPool.Put(c)
	return held
}

// holdsKeyOrSlow is holdsKey, or s holds a rune that strings.EqualFold
// folds to an ASCII letter (textcue.SlowText: looked for once a text).
func (k *keyRegexp) holdsKeyOrSlow(s string) bool {
	keyOnce.Do(shareKeys)
	if k.rank == nil || reference || k.wordStart {
		return textcue.SlowText(s) || k.holdsKey(s)
	}
	c := keyPool.Get().(*keyCache)
	h := c.hits(s)
	held := h.holdsAny(k.mask)
	if !held {
		if h.slow == 0 {
			h.slow = 1
			if textcue.SlowText(s) {
				h.slow = 2
			}
		}
		held = h.slow == 2
	}
	keyPool.Put(c)
	return held
}

// appendKeyPlaces appends to out the places in s of k's key number ki,
// ascending, ignoring case: from the shared key scan, or from a scan for
// that key alone where k has no shared ids.
func (k *keyRegexp) appendKeyPlaces(out []int, s string, ki int) []int {
	keyOnce.Do(shareKeys)
	if k.rank == nil || reference {
		key := k.keys[ki]
		for i := 0; i+len(key) <= len(s); i++ {
			if hasPrefixFold(s[i:], key) && !k.midWord(s, i) {
				out = append(out, i)
			}
		}
		return out
	}
	c := keyPool.Get().(*keyCache)
	h := c.hits(s)
	if h.holdsAny(k.mask) {
		for j, id := range h.key {
			if int(k.rank[id]) == ki+1 && !k.midWord(s, int(h.pos[j])) {
				out = append(out, int(h.pos[j]))
			}
		}
	}
	keyPool.Put(c)
	return out
}

// ownWindows is windows by a scan of s for k's keys alone.
func (k *keyRegexp) ownWindows(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		if !k.first[s[i]] || k.midWord(s, i) {
			continue
		}
		for _, key := range k.byFirst[s[i]] {
			if hasPrefixFold(s[i:], key) {
				out = k.addWindow(out, s, i, key)
				break
			}
		}
	}
	return out
}

// addWindow adds to out (ascending) the window around key at i in s.
func (k *keyRegexp) addWindow(out [][2]int, s string, i int, key string) [][2]int {
	w := [2]int{max(0, i-k.before), min(len(s), i+len(key)+k.after)}
	for w[0] > 0 && (s[w[0]-1] >= 0x80 || isLetterByte(s[w[0]-1]) || isDigit(s[w[0]-1])) {
		w[0]-- // a window starts and ends between words: \b holds
	}
	for w[1] < len(s) && (s[w[1]] >= 0x80 || isLetterByte(s[w[1]]) || isDigit(s[w[1]])) {
		w[1]++
	}
	if n := len(out); n > 0 && w[0] <= out[n-1][1] {
		out[n-1][1] = max(out[n-1][1], w[1])
	} else {
		out = append(out, w)
	}
	return out
}

// The key regexps of the package share one scan of a text for all their
// keys: some twenty of them search each description, and a scan each cost
// more than all of their regexp runs. The scan is kept for the last few
// texts of a goroutine's pool entry; a text is its key (compared whole, so
// a hit is never stale).
var (
	keyMu       sync.Mutex
	keyRegistry []*keyRegexp // every key regexp made, in order
	keyOnce     sync.Once
	sharedKeys  struct {
		keys []string
		// heads has bit keyHead(...) set for the first bytes (up to three)
		// of each key of two or more, which byHead lists by them; byFirst
		// lists the one-byte keys by their byte, both cases.
		heads   [1 << 16 / 64]uint64
		byHead  map[uint32][]uint16
		byFirst [256][]uint16
		short   bool // whether there are one-byte keys
		// pairs has bit pair(b0, b1) set for the first two bytes of
		// each key of two or more.
		pairs [1 << 16 / 64]uint64
	}
	keyPool = sync.Pool{New: func() any { return new(keyCache) }}
)

// keyLate are functions that make key regexps from lists other files'
// init functions fill (worldPhrases): shareKeys runs them first, after
// every init, so their keys join the shared scan.
var keyLate []func()

// shareKeys builds sharedKeys from the key regexps made so far (the
// package's variables) and gives each its ranks.
func shareKeys() {
	for _, f := range keyLate {
		f()
	}
	keyMu.Lock()
	defer keyMu.Unlock()
	ids := map[string]uint16{}
	for _, k := range keyRegistry {
		for _, key := range k.keys {
			if _, ok := ids[key]; !ok {
				ids[key] = uint16(len(sharedKeys.keys))
				sharedKeys.keys = append(sharedKeys.keys, key)
			}
		}
	}
	sharedKeys.byHead = map[uint32][]uint16{}
	for id, key := range sharedKeys.keys {
		c := key[0]
		if len(key) == 1 {
			sharedKeys.short = true
			sharedKeys.byFirst[c] = append(sharedKeys.byFirst[c], uint16(id))
			if c >= 'a' && c <= 'z' {
				sharedKeys.byFirst[c-'a'+'A'] = append(sharedKeys.byFirst[c-'a'+'A'], uint16(id))
			}
			continue
		}
		h, p := keyHead(key), keyPair(key[0], key[1])
		sharedKeys.heads[headBit(h)/64] |= 1 << (headBit(h) % 64)
		sharedKeys.pairs[p/64] |= 1 << (p % 64)
		sharedKeys.byHead[h] = append(sharedKeys.byHead[h], uint16(id))
	}
	for _, k := range keyRegistry {
		if len(k.keys) >= 255 {
			continue
		}
		rank := make([]uint8, len(sharedKeys.keys))
		for i := len(k.keys) - 1; i >= 0; i-- { // the first of a repeated key wins
			rank[ids[k.keys[i]]] = uint8(i + 1)
		}
		k.rank = rank
		words := map[int]uint64{}
		for _, key := range k.keys {
			id := int(ids[key])
			words[id/64] |= 1 << (id % 64)
		}
		for i, bits := range words {
			k.mask = append(k.mask, keyMaskWord{i, bits})
		}
		slices.SortFunc(k.mask, func(a, b keyMaskWord) int { return a.i - b.i })
	}
}

// keyHits are the places of the shared keys in text: pos ascending, each
// with the id of a key there (a place with several keys comes once for each).
type keyHits struct {
	text    string
	pos     []int32
	key     []uint16
	present []uint64 // the ids in key, as a bit set
	slow    int8     // textcue.SlowText(text): 0 not asked yet, 1 no, 2 yes
}

// holdsAny reports whether the hits hold a key of mask.
func (h *keyHits) holdsAny(mask []keyMaskWord) bool {
	for _, w := range mask {
		if h.present[w.i]&w.bits != 0 {
			return true
		}
	}
	return false
}

// keyCache holds the hits of the last texts scanned.
type keyCache struct {
	e    [4]keyHits
	next int
}

// hits returns the hits of s, scanning it unless it is cached.
func (c *keyCache) hits(s string) *keyHits {
	for i := range c.e {
		if h := &c.e[i]; h.pos != nil && h.text == s {
			return h
		}
	}
	h := &c.e[c.next]
	c.next = (c.next + 1) % len(c.e)
	h.text, h.pos, h.key, h.slow = s, h.pos[:0], h.key[:0], 0
	if h.pos == nil {
		h.pos = make([]int32, 0, 64)
	}
	h.scan(s) // keyscan.go
	if n := (len(sharedKeys.keys) + 63) / 64; len(h.present) != n {
		h.present = make([]uint64, n)
	} else {
		clear(h.present)
	}
	for _, id := range h.key {
		h.present[id/64] |= 1 << (id % 64)
	}
	return h
}

// add adds the keys with the head k that s holds at i.
func (h *keyHits) add(s string, i int, k uint32) {
	if b := headBit(k); sharedKeys.heads[b/64]&(1<<(b%64)) == 0 {
		return
	}
	for _, id := range sharedKeys.byHead[k] {
		if hasPrefixFold(s[i:], sharedKeys.keys[id]) {
			h.pos, h.key = append(h.pos, int32(i)), append(h.key, id)
		}
	}
}

// keyHead packs the first bytes of s, lower-cased, up to three, with
// their number: the key of a key's head in sharedKeys.byHead.
func keyHead(s string) uint32 {
	n := min(len(s), 3)
	h := uint32(n)
	for i := 0; i < n; i++ {
		h = h<<8 | uint32(lowerByte(s[i]))
	}
	return h
}

// headBit is the bit of a head in sharedKeys.heads.
func headBit(h uint32) uint16 { return uint16((h * 0x9e3779b1) >> 16) }

// keyPair is the index of two bytes in sharedKeys.pairs.
func keyPair(a, b byte) uint16 { return uint16(a)<<8 | uint16(b) }

// lowerBytes maps a byte to lowerByte's.
var lowerBytes = func() (t [256]byte) {
	for i := range t {
		t[i] = lowerByte(byte(i))
	}
	return t
}()

// lowerByte lower-cases an ASCII letter.
func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// findAll is the regexp's FindAllStringSubmatchIndex on one window, or
// FindAllStringIndex when spans is set (a match's span does not depend on
// the submatches).
func (k *keyRegexp) findAll(w string, spans bool) [][]int {
	k.load()
	switch {
	case k.cue != nil:
		return k.cue.FindAllStringSubmatchIndex(w, -1)
	case spans:
		return k.std.FindAllStringIndex(w, -1)
	}
	return k.std.FindAllStringSubmatchIndex(w, -1)
}

// find is the regexp's FindStringIndex on one window.
func (k *keyRegexp) find(w string) []int {
	if k.load().cue != nil {
		return k.cue.FindStringIndex(w)
	}
	return k.std.FindStringIndex(w)
}

// all returns the matches in the windows of s, not overlapping, n < 0
// meaning all.
func (k *keyRegexp) all(s string, n int, spans bool) [][]int {
	var out [][]int
	end := 0
	var buf [8][2]int
	for _, w := range k.appendWindows(buf[:0], s) {
		ms := k.findAll(s[w[0]:w[1]], spans)
		if len(ms) > 0 && ms[0][0] == 0 && k.midLine(w) {
			w = k.lineWindow(s, w)
			ms = k.findAll(s[w[0]:w[1]], spans)
		}
		for _, m := range ms {
			if spans {
				m = m[:2:2]
			}
			for i := range m {
				if m[i] >= 0 {
					m[i] += w[0]
				}
			}
			if m[0] < end {
				continue
			}
			out, end = append(out, m), m[1]
			if n >= 0 && len(out) == n {
				return out
			}
		}
	}
	return out
}

// FindAllStringSubmatchIndex is regexp's, on the windows of s; n < 0 means all.
func (k *keyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return k.all(s, n, false)
}

// FindAllStringIndex is regexp's, on the windows of s.
func (k *keyRegexp) FindAllStringIndex(s string, n int) [][]int { return k.all(s, n, true) }

// FindStringIndex is regexp's, on the windows of s: the first match of
// the first window that has one.
func (k *keyRegexp) FindStringIndex(s string) []int {
	var buf [8][2]int
	for _, w := range k.appendWindows(buf[:0], s) {
		m := k.find(s[w[0]:w[1]])
		if m != nil && m[0] == 0 && k.midLine(w) {
			w = k.lineWindow(s, w)
			m = k.find(s[w[0]:w[1]])
		}
		if m != nil {
			return []int{m[0] + w[0], m[1] + w[0]}
		}
	}
	return nil
}

// midLine reports whether window w of an anchored k starts after the
// text's start, where a match at its start may rest on ^ wrongly (or, right
// after a newline, start a byte later than the whole text's match).
func (k *keyRegexp) midLine(w [2]int) bool {
	return k.anchored && w[0] > 0
}

// lineWindow is w stretched back to the newline before it (or the text's
// start): there ^, the newline and a separator before the match mean what
// they mean in the whole text.
func (k *keyRegexp) lineWindow(s string, w [2]int) [2]int {
	return [2]int{max(0, strings.LastIndexByte(s[:w[0]], '\n')), w[1]}
}

// MatchString reports a match in the windows of s.
func (k *keyRegexp) MatchString(s string) bool { return k.FindStringIndex(s) != nil }

// FindAllStringSubmatch is regexp's, on the windows of s.
func (k *keyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return textcue.Submatches(s, k.FindAllStringSubmatchIndex(s, n))
}

// lazyRe compiles expr on its first use, as the key and cue regexps do:
// for a plain regexp a reader runs only now and then.
func lazyRe(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
