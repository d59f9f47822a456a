package redflag

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Lead-paragraph copies: a copied scam ad often keeps its opening pitch
// and changes the rest, so its full-text SimHash lands far from the
// original's. The lead is the first leadWords words of the text (letters
// and digits, lower-cased; punctuation and spacing ignored), taken only
// from texts longer than that, so a one-line "About us" or "We are an
// equal opportunity employer" has none; Sketch keeps it word by word, and
// two leads differing by a word or two (leadsNear) are one copied opening.
const (
	// leadWords is how many words make the lead; a text needs more than
	// that to have one.
	leadWords = 50
	// LeadBytes is how much of a text Sketch reads: callers holding only
	// a prefix of the text (the store's corpus rows) pass this much.
	LeadBytes = 4096
)

// LeadPrint returns the key of a text's lead (Sketch(text).LeadKey): 0
// when the text has no more than leadWords words or opens with
// boilerplate; equal leads have equal keys.
func LeadPrint(text string) uint64 { return Sketch(text).LeadKey }

// LeadPrefix is the prefix of text LeadPrint reads (at most LeadBytes, cut
// on a character boundary), for callers that keep only that much.
func LeadPrefix(text string) string {
	if len(text) <= LeadBytes {
		return text
	}
	n := LeadBytes
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

// leadIndex finds the entries whose leads are near one another: groups of
// equal leads (a pitch copied a thousand times is one group), and the
// groups holding each chunk key (leadsNear's candidates).
type leadIndex struct {
	*simIndex
	rep     []int32 // an entry of each group: its sketch stands for the group
	soleKey []int32 // the company key all named members share (0: no named member, -1: several)
	// refs are the groups' chunk keys, by key: all of them, or those of
	// the keys some work needs (indexChunks).
	refs   []chunkRef
	near   [][]int32 // the groups near each group, once computed
	nearOK []bool
	sum    map[int32]*leadGroup
}

type chunkRef struct {
	key uint64
	g   int32
}

// smallLeadGroup is the size up to which a group's members are visited one
// by one; larger groups are summarized (leadGroup).
const smallLeadGroup = 16

func newLeadIndex(c *corpusView) *leadIndex {
	x := &leadIndex{simIndex: newGroups(c.leads)}
	ng := len(x.vals)
	x.rep = make([]int32, ng)
	x.soleKey = make([]int32, ng)
	x.near = make([][]int32, ng)
	x.nearOK = make([]bool, ng)
	for g := range ng {
		m := x.members[x.mstart[g]:x.mstart[g+1]]
		x.rep[g] = m[0]
		for _, j := range m {
			switch k := c.keys[j]; {
			case k == 0:
			case x.soleKey[g] == 0:
				x.soleKey[g] = k
			case x.soleKey[g] != k:
				x.soleKey[g] = -1
			}
		}
	}
	return x
}

// indexChunks indexes the groups' chunk keys: all of them (want nil), or
// only those in want (the work on a few listings reads no other bucket).
// With pairsOnly, a bucket whose groups all belong to one employer is left
// out: nearOf finds nothing in it (one employer's own "About us" opening
// fills such buckets, and scanning them costs the square of their size).
func (x *leadIndex) indexChunks(c *corpusView, want map[uint64]bool, pairsOnly bool) {
	x.refs = x.refs[:0]
	if want != nil && len(want) == 0 {
		return
	}
	// A bit per low 16 bits of the wanted keys: most keys miss it, and
	// the map is asked only about the rest.
	var bloom [1 << 10]uint64
	for ck := range want {
		bloom[ck>>6&1023] |= 1 << (ck & 63)
	}
	for g, i := range x.rep {
		for _, ck := range c.es[i].Sketch.Chunks {
			if want == nil || (bloom[ck>>6&1023]&(1<<(ck&63)) != 0 && want[ck]) {
				x.refs = append(x.refs, chunkRef{ck, int32(g)})
			}
		}
	}
	// By key (the order within a bucket does not matter: nearOf's result
	// is a set, and findings do not depend on the order they count in).
	slices.SortFunc(x.refs, func(a, b chunkRef) int { return cmp.Compare(a.key, b.key) })
	if !pairsOnly {
		return
	}
	out := x.refs[:0]
	for lo := 0; lo < len(x.refs); {
		hi, uniform := lo+1, x.soleKey[x.refs[lo].g] > 0
		for hi < len(x.refs) && x.refs[hi].key == x.refs[lo].key {
			uniform = uniform && x.soleKey[x.refs[hi].g] == x.soleKey[x.refs[lo].g]
			hi++
		}
		if !uniform {
			out = append(out, x.refs[lo:hi]...)
		}
		lo = hi
	}
	x.refs = out
}

// bucket returns the indexed groups holding chunk key ck.
func (x *leadIndex) bucket(ck uint64) []chunkRef {
	lo, _ := slices.BinarySearchFunc(x.refs, ck, func(r chunkRef, k uint64) int {
		if r.key < k {
			return -1
		}
		if r.key > k {
			return 1
		}
		return 0
	})
	hi := lo
	for hi < len(x.refs) && x.refs[hi].key == ck {
		hi++
	}
	return x.refs[lo:hi]
}

// nearOf returns the other groups whose leads are near group g's and
// whose named members can count for g's (not all of g's own employer).
// The index must hold g's chunk keys.
func (x *leadIndex) nearOf(c *corpusView, g int32) []int32 {
	if x.nearOK[g] {
		return x.near[g]
	}
	a := &c.es[x.rep[g]].Sketch
	var out []int32
	for k, ck := range a.Chunks {
		for _, r := range x.bucket(ck) {
			h := r.g
			if h == g || x.soleKey[h] == 0 || (x.soleKey[g] > 0 && x.soleKey[h] == x.soleKey[g]) {
				continue
			}
			b := &c.es[x.rep[h]].Sketch
			if chunkShared(a, b, k) {
				continue // found at an earlier chunk
			}
			if leadsNear(a, b) {
				out = append(out, h)
			}
		}
	}
	x.near[g], x.nearOK[g] = out, true
	return out
}

// chunkShared reports whether a and b share a chunk before chunk k.
func chunkShared(a, b *TextSketch, k int) bool {
	for e := range k {
		if a.Chunks[e] == b.Chunks[e] {
			return true
		}
	}
	return false
}

// leadGroups is what copiedLead reads of the groups of equal leads: the
// whole corpus's leadIndex, or the dynLead an incremental Corpus keeps.
type leadGroups interface {
	groupOf(lead uint64) (int32, bool)
	sole(g int32) int32 // soleKey of group g
	groupMembers(g int32) []int32
	summary(c *corpusView, g int32, m []int32) *leadGroup
	nearOf(c *corpusView, g int32) []int32
}

// finding sets f.copiedLead for entry i (copiedLead).
func (x *leadIndex) finding(c *corpusView, f *reuseFinding, i int32) { copiedLead(x, c, f, i) }

func (x *leadIndex) groupOf(lead uint64) (int32, bool) { g, ok := x.group[lead]; return g, ok }
func (x *leadIndex) sole(g int32) int32                { return x.soleKey[g] }
func (x *leadIndex) groupMembers(g int32) []int32      { return x.members[x.mstart[g]:x.mstart[g+1]] }

// copiedLead sets f.copiedLead for entry i: the entries whose leads are near
// its own with an employer name other than i's. An employer reuses its own
// opening ("About us") across its ads, with or without a profile, and one
// opportunity on two boards (same same-opportunity fingerprint) is a
// cross-source duplicate: neither counts.
func copiedLead(x leadGroups, c *corpusView, f *reuseFinding, i int32) {
	k := c.keys[i]
	if k == 0 || c.leads[i] == 0 {
		return
	}
	g, ok := x.groupOf(c.leads[i])
	if !ok || x.sole(g) == 0 {
		return
	}
	fp := c.fprints[i]
	eligible := func(j int32) bool {
		kj := c.keys[j]
		return kj != 0 && kj != k && (fp == "" || c.fprints[j] != fp)
	}
	var o others
	visit := func(h int32) {
		m := x.groupMembers(h)
		if len(m) <= smallLeadGroup {
			for _, j := range m {
				if eligible(j) {
					o.add(c.es, j)
				}
			}
			return
		}
		s := x.summary(c, h, m)
		n := s.named - s.perKey[k]
		if fp != "" {
			n -= s.perFp[fp] - s.perFpKey[fpKey{fp, k}]
		}
		added := 0
		for _, j := range s.sorted {
			if added == n || added == maxOthers {
				break
			}
			if eligible(j) {
				o.add(c.es, j)
				added++
			}
		}
		o.n += n - added
	}
	visit(g)
	for _, h := range x.nearOf(c, g) {
		visit(h)
	}
	if o.n > 0 {
		f.copiedLead = o
	}
}

func (x *leadIndex) summary(c *corpusView, g int32, m []int32) *leadGroup {
	if s := x.sum[g]; s != nil {
		return s
	}
	if x.sum == nil {
		x.sum = map[int32]*leadGroup{}
	}
	s := newLeadGroup(c, m)
	x.sum[g] = s
	return s
}

// leadGroup summarizes a large group of equal leads, so that each
// finding costs a few lookups and a short scan, not a visit of every
// member: a pitch shared by thousands of listings would otherwise cost the
// square of their number.
type leadGroup struct {
	sorted   []int32 // members with a name, by (id, index): the others a flag names
	named    int
	perKey   map[int32]int
	perFp    map[string]int // named members by same-opportunity fingerprint
	perFpKey map[fpKey]int
}

type fpKey struct {
	fp  string
	key int32
}

func newLeadGroup(c *corpusView, members []int32) *leadGroup {
	g := &leadGroup{perKey: map[int32]int{}, perFp: map[string]int{}, perFpKey: map[fpKey]int{}}
	for _, j := range members {
		k := c.keys[j]
		if k == 0 {
			continue
		}
		g.sorted = append(g.sorted, j)
		g.named++
		g.perKey[k]++
		if fp := c.fprints[j]; fp != "" {
			g.perFp[fp]++
			g.perFpKey[fpKey{fp, k}]++
		}
	}
	slices.SortFunc(g.sorted, func(a, b int32) int {
		if d := strings.Compare(c.es[a].ID, c.es[b].ID); d != 0 {
			return d
		}
		return int(a - b)
	})
	return g
}
