package redflag

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// ScamTemplateReuse is the cross-listing flag: it is raised by comparing
// listings (CorpusFlags), never by Assess on one listing alone.
const ScamTemplateReuse = "SCAM_TEMPLATE_REUSE"

// corpusRules are the rules raised across listings; Rules and Lookup list
// them after the per-listing rules.
var corpusRules = []RuleInfo{
	{ScamTemplateReuse, model.FamilyScam, model.SeverityHigh,
		"The same ad text or company profile appears under other employers' names, or an employer with no profile posts the same text in many places: fake ads spread by copying real ones."},
}

// Thresholds of the cross-listing signals.
const (
	// corpusNearBits is how many SimHash bits two texts may differ in and
	// still be one template: wider than the store's 3-bit duplicate
	// threshold, since copied ads swap titles, amounts and links (two
	// unrelated texts differ in about 32 bits; 12 or fewer happens by
	// chance about once in ten million pairs).
	corpusNearBits = 12
	// minReuseText and minReuseInfo are the shortest texts and profiles
	// compared: short texts ("Apply on our site") collide by nature.
	minReuseText = 400
	minReuseInfo = 200
	// minNoProfileRepeats is how many near-identical listings one employer
	// without a profile must post before it is flagged.
	minNoProfileRepeats = 3
	// maxOthers bounds the other listings named in one flag.
	maxOthers = 5
	// maxCounted bounds the other listings a flag counts exactly: past it
	// the reason says "more than", so a listing's flag stops changing as
	// its cluster of copies grows (an exact count changed every copy's
	// flag with each new one: every copy was written and indexed again, a
	// cost growing with the square of the cluster).
	maxCounted = 20
)

// CorpusEntry is what the cross-listing signals need of one listing. The
// caller fills the SimHashes and the company key (normalize.TextSimHash and
// normalize.CompanyKey) so that this package stays free of normalize.
type CorpusEntry struct {
	ID, Source, URL, Title string
	Company                string     // the employer name as given
	CompanyKey             string     // normalized name; empty when there is none
	TextSim                uint64     // SimHash of the listing text (0: none)
	TextLen                int        // length of the text in bytes
	InfoSim                uint64     // SimHash of the company profile (0: none)
	InfoLen                int        // length of the profile in bytes
	Sketch                 TextSketch // Sketch of the listing text (zero: not sketched)
	Fingerprint            string     // same-opportunity fingerprint, if any
	// Identified says something beside the name identifies the employer:
	// a profile, its website, or a careers board of its own (see
	// Identified).
	Identified bool
}

// Identified reports whether a listing's employer is identified by more
// than a name: a company profile or website, or a listing or apply address
// on an applicant-tracking system or on a host carrying the name.
func Identified(company, companyInfo, companyURL, url, applyURL string) bool {
	if strings.TrimSpace(companyInfo) != "" || strings.TrimSpace(companyURL) != "" {
		return true
	}
	return ownBoard(alnum(company), url, applyURL)
}

func near(a, b uint64) bool {
	return a != 0 && b != 0 && bits.OnesCount64(a^b) <= corpusNearBits
}

// others collects the other listings one signal of one listing rests on:
// how many, and the maxOthers with the smallest ids (what a flag names), so
// that a large cluster of copies costs no more memory than its count.
type others struct {
	n   int
	top []int32 // entry indexes, ordered by (id, index)
}

func (o *others) add(es []CorpusEntry, j int32) {
	o.n++
	less := func(a, b int32) bool {
		if c := strings.Compare(es[a].ID, es[b].ID); c != 0 {
			return c < 0
		}
		return a < b
	}
	if len(o.top) == maxOthers && !less(j, o.top[maxOthers-1]) {
		return
	}
	if len(o.top) < maxOthers {
		o.top = append(o.top, j)
	} else {
		o.top[maxOthers-1] = j
	}
	for k := len(o.top) - 1; k > 0 && less(o.top[k], o.top[k-1]); k-- {
		o.top[k], o.top[k-1] = o.top[k-1], o.top[k]
	}
}

// reuseFinding collects, for one listing, why it is flagged.
type reuseFinding struct {
	otherNames  others // near-duplicate text under another employer's name
	copiedInfo  others // near-duplicate profile under another name
	noProfileGo others // same employer, no profile, same text elsewhere
	copiedLead  others // same opening paragraph under another name
}

// CorpusFlags compares the listings with each other and returns the
// SCAM_TEMPLATE_REUSE flag of every listing it applies to, keyed by id:
//
//   - the same ad text (near-duplicate SimHash, at least minReuseText long,
//     confirmed by the texts' sketches: copyConfirmed) under two different
//     employer names (high);
//   - an employer profile that is a near copy of another employer's (high);
//   - the same opening (leads within leadEdits words: leadsNear) under two
//     different employer names (high);
//   - one employer with no profile (nothing but its name identifies it)
//     posting the same text (confirmed too) at least minNoProfileRepeats
//     times (medium).
//
// Legitimate repeats are left apart: one employer (same company key)
// posting one text on several boards (cross-source duplicates) or in
// several cities with its own profile. Listings without an employer name
// take part only in the third signal (there is no name to differ). The
// result depends only on the set of entries, not their order.
//
// Only pairs within corpusNearBits of each other are visited (see
// nearPairs), so the cost grows with the number of listings and of
// near-duplicate pairs, not with every pair.
func CorpusFlags(es []CorpusEntry) map[string]model.Flag {
	c := newCorpusView(es)
	find := make([]reuseFinding, len(es))
	nearPairs(c.texts, func(i, j int32) {
		if c.confirmed(i, j) {
			c.textPair(&find[i], i, j)
			c.textPair(&find[j], j, i)
		}
	})
	nearPairs(c.infos, func(i, j int32) {
		c.infoPair(&find[i], i, j)
		c.infoPair(&find[j], j, i)
	})
	lx := newLeadIndex(c)
	lx.indexChunks(c, nil, true)
	for i := range es {
		lx.finding(c, &find[i], int32(i))
	}
	out := map[string]model.Flag{}
	for i := range es {
		if fl, ok := reuseFlag(es, &find[i]); ok {
			out[es[i].ID] = fl
		}
	}
	return out
}

// corpusView is what the pair visits read of the entries: company keys as
// numbers (0: no name), SimHashes zeroed when the text or profile is too
// short to compare.
type corpusView struct {
	es           []CorpusEntry
	keys         []int32
	texts, infos []uint64
	leads        []uint64
	fprints      []string
	ident        []bool
}

func newCorpusView(es []CorpusEntry) *corpusView {
	c := &corpusView{es: es, keys: make([]int32, len(es)), texts: make([]uint64, len(es)),
		infos: make([]uint64, len(es)), leads: make([]uint64, len(es)), fprints: make([]string, len(es)),
		ident: make([]bool, len(es))}
	ids := map[string]int32{}
	for i := range es {
		e := &es[i]
		if e.CompanyKey != "" {
			k, ok := ids[e.CompanyKey]
			if !ok {
				k = int32(len(ids) + 1)
				ids[e.CompanyKey] = k
			}
			c.keys[i] = k
		}
		if e.TextLen >= minReuseText {
			c.texts[i] = e.TextSim
		}
		if e.InfoLen >= minReuseInfo {
			c.infos[i] = e.InfoSim
		}
		c.leads[i] = e.Sketch.LeadKey
		c.fprints[i] = e.Fingerprint
		c.ident[i] = e.Identified
	}
	return c
}

// confirmed reports whether the texts of entries i and j, near in
// SimHash, are a copy by their sketches (see copyConfirmed).
func (c *corpusView) confirmed(i, j int32) bool {
	return copyConfirmed(&c.es[i].Sketch, &c.es[j].Sketch)
}

// textPair records in f (entry i's finding) that entry j's text is a near
// copy of i's.
func (c *corpusView) textPair(f *reuseFinding, i, j int32) {
	ka, kb := c.keys[i], c.keys[j]
	switch {
	case ka != 0 && kb != 0 && ka != kb:
		f.otherNames.add(c.es, j)
	case ka == kb && !c.ident[i] && !c.ident[j]:
		f.noProfileGo.add(c.es, j)
	}
}

// infoPair records in f (entry i's finding) that entry j's profile is a
// near copy of i's.
func (c *corpusView) infoPair(f *reuseFinding, i, j int32) {
	if ka, kb := c.keys[i], c.keys[j]; ka != 0 && kb != 0 && ka != kb {
		f.copiedInfo.add(c.es, j)
	}
}

// reuseFlag is the flag one finding raises, if any.
func reuseFlag(es []CorpusEntry, f *reuseFinding) (model.Flag, bool) {
	var o *others
	var why string
	sev := model.SeverityHigh
	evidence := structural(FieldText)
	switch {
	case f.otherNames.n > 0:
		o, why = &f.otherNames, "same text under other employer names"
	case f.copiedInfo.n > 0:
		o, why = &f.copiedInfo, "company profile copied from another employer"
		evidence = structural(FieldCompanyInfo)
	case f.copiedLead.n > 0:
		o, why = &f.copiedLead, "opening paragraph copied, word for word or nearly, under other employer names"
	case f.noProfileGo.n+1 >= minNoProfileRepeats:
		o, why = &f.noProfileGo, "same text posted in many places by an employer with no profile"
		sev = model.SeverityMedium
	default:
		return model.Flag{}, false
	}
	fl := model.Flag{ID: ScamTemplateReuse, Family: model.FamilyScam, Severity: sev,
		Reason:   corpusRules[0].Reason + " Here: " + why + ".",
		Evidence: evidence}
	for _, j := range o.top {
		e := &es[j]
		fl.Others = append(fl.Others, model.Link{Source: e.Source, URL: e.URL, ID: e.ID, Company: e.Company, Title: e.Title})
	}
	if n := o.n - len(fl.Others); n > 0 {
		fl.Reason += notListed(n, len(fl.Others))
	}
	return fl, true
}

// SameReuse reports whether two SCAM_TEMPLATE_REUSE flags say the same
// thing but for the other listings they name and count: same severity,
// same evidence, same kind of reuse. A listing's risk and search filters
// read nothing else of the flag.
func SameReuse(a, b model.Flag) bool {
	cut := func(r string) string {
		if i := strings.LastIndex(r, " ("); i >= 0 && strings.HasSuffix(r, " not listed)") {
			return r[:i]
		}
		return r
	}
	return a.ID == b.ID && a.Family == b.Family && a.Severity == b.Severity && a.Evidence == b.Evidence && cut(a.Reason) == cut(b.Reason)
}

// notListed is the reason's note on the n other listings a flag counts
// beyond the listed ones, exact up to maxCounted in all.
func notListed(n, listed int) string {
	if n+listed > maxCounted {
		return fmt.Sprintf(" (more than %d not listed)", maxCounted-listed)
	}
	return fmt.Sprintf(" (%d more not listed)", n)
}

// Candidate generation for nearPairs (multi-index hashing, exact). The
// 64-bit SimHash is cut into simBlocks blocks of 16 bits, and block b gets
// a probe radius r_b with the sum of (r_b+1) over the blocks equal to
// corpusNearBits+1. Two fingerprints within corpusNearBits bits of each
// other differ in at most r_b bits in at least one block b: were every
// block b to differ in r_b+1 bits or more, they would differ in at least
// corpusNearBits+1 bits (the pigeonhole principle). So each fingerprint
// only looks at the fingerprints whose block b is one of the values within
// r_b bits of its own, for every b.
//
// The plain pigeonhole split (corpusNearBits+1 blocks that must match
// exactly) does not scale with a 12-bit window: 13 blocks of 4 or 5 bits
// have 16 or 32 values each, so every bucket holds a 16th to a 32nd of the
// corpus and the "candidates" are nearly all pairs. Four 16-bit blocks with
// radii 3, 2, 2, 2 probe 697+3*137 = 1,108 block values per fingerprint,
// each bucket holding about n/65,536 fingerprints.
const simBlocks = 4

var blockRadius, blockMasks = probeMasks()

func probeMasks() ([simBlocks]int, [simBlocks][]uint16) {
	var r [simBlocks]int
	total := corpusNearBits + 1
	for b := range r {
		r[b] = total/simBlocks - 1
		if b < total%simBlocks {
			r[b]++
		}
	}
	var m [simBlocks][]uint16
	for b := range m {
		for v := 0; v < 1<<16; v++ {
			if bits.OnesCount16(uint16(v)) <= r[b] {
				m[b] = append(m[b], uint16(v))
			}
		}
	}
	return r, m
}

// indexFrom is the number of distinct fingerprints from which nearPairs
// builds the bucket tables: below it comparing every pair of them costs
// less than probing 1,108 block values for each (a variable for the tests).
var indexFrom = 4096

func block(h uint64, b int) uint16 { return uint16(h >> (16 * b)) }

// simIndex finds the fingerprints within corpusNearBits of a fingerprint.
// Equal fingerprints are one group, so a template copied many times is one
// fingerprint to the index.
type simIndex struct {
	vals    []uint64 // distinct non-zero fingerprints (groups)
	group   map[uint64]int32
	mstart  []int32 // the entries of group g are members[mstart[g]:mstart[g+1]]
	members []int32
	// Bucket tables (nil below indexFrom groups): for block b, the groups
	// whose block value is v are ordg[b][start[b][v]:start[b][v+1]], their
	// fingerprints beside them in ordv (read in sequence, not looked up).
	start [simBlocks][]int32
	ordg  [simBlocks][]int32
	ordv  [simBlocks][]uint64
	// used has a bit per block value holding groups: most probes find an
	// empty bucket, and this table stays in the nearest cache.
	used [simBlocks][1 << 10]uint64
}

// newGroups is a simIndex without bucket tables: it finds equal
// fingerprints only (the lead fingerprints are compared for equality).
func newGroups(hs []uint64) *simIndex {
	x := &simIndex{group: make(map[uint64]int32, len(hs))}
	gof := make([]int32, len(hs))
	for i, h := range hs {
		if h == 0 {
			gof[i] = -1
			continue
		}
		g, ok := x.group[h]
		if !ok {
			g = int32(len(x.vals))
			x.group[h] = g
			x.vals = append(x.vals, h)
		}
		gof[i] = g
	}
	x.mstart = make([]int32, len(x.vals)+1)
	for _, g := range gof {
		if g >= 0 {
			x.mstart[g+1]++
		}
	}
	for g := range x.vals {
		x.mstart[g+1] += x.mstart[g]
	}
	x.members = make([]int32, x.mstart[len(x.vals)])
	fill := slices.Clone(x.mstart[:len(x.vals)])
	for i, g := range gof {
		if g >= 0 {
			x.members[fill[g]] = int32(i)
			fill[g]++
		}
	}
	return x
}

func newSimIndex(hs []uint64) *simIndex {
	x := newGroups(hs)
	if len(x.vals) >= indexFrom {
		x.buildTables()
	}
	return x
}

// buildTables builds the bucket tables of x.vals.
func (x *simIndex) buildTables() {
	for b := range simBlocks { // counting sort by block value
		st := make([]int32, 1<<16+1)
		for _, h := range x.vals {
			st[int(block(h, b))+1]++
		}
		for v := range 1 << 16 {
			st[v+1] += st[v]
		}
		ordg := make([]int32, len(x.vals))
		ordv := make([]uint64, len(x.vals))
		pos := slices.Clone(st[:1<<16])
		for g, h := range x.vals {
			v := block(h, b)
			ordg[pos[v]], ordv[pos[v]] = int32(g), h
			x.used[b][v>>6] |= 1 << (v & 63)
			pos[v]++
		}
		x.start[b], x.ordg[b], x.ordv[b] = st, ordg, ordv
	}
}

// near calls fn once for every group other than h's own whose fingerprint
// is within corpusNearBits of h, in no set order; with after >= 0, only for
// groups numbered above after.
func (x *simIndex) near(h uint64, after int32, fn func(g int32)) {
	if x.start[0] == nil {
		for g := after + 1; g < int32(len(x.vals)); g++ {
			if d := h ^ x.vals[g]; d != 0 && bits.OnesCount64(d) <= corpusNearBits {
				fn(g)
			}
		}
		return
	}
	for b := range simBlocks {
		own := block(h, b)
		st, ordg, ordv, used := x.start[b], x.ordg[b], x.ordv[b], &x.used[b]
		for _, m := range blockMasks[b] {
			v := int(own ^ m)
			if used[v>>6]&(1<<(v&63)) == 0 {
				continue
			}
			lo, hi := st[v], st[v+1]
			for k := lo; k < hi; k++ {
				d := h ^ ordv[k]
				if d == 0 || bits.OnesCount64(d) > corpusNearBits || ordg[k] <= after || foundEarlier(d, b) {
					continue
				}
				fn(ordg[k])
			}
		}
	}
}

// nearPairs calls fn(i, j) once for every pair i < j of entries whose
// fingerprints are both non-zero and within corpusNearBits of each other:
// the copies of one fingerprint with each other and with the copies of
// every near one (work in proportion to the pairs reported, which the
// flags need to count).
func nearPairs(hs []uint64, fn func(i, j int32)) {
	x := newSimIndex(hs)
	pair := func(g, o int32) {
		for _, i := range x.members[x.mstart[g]:x.mstart[g+1]] {
			for _, j := range x.members[x.mstart[o]:x.mstart[o+1]] {
				if i < j {
					fn(i, j)
				} else {
					fn(j, i)
				}
			}
		}
	}
	for g := range x.vals {
		m := x.members[x.mstart[g]:x.mstart[g+1]]
		for a := range m {
			for b := a + 1; b < len(m); b++ {
				fn(m[a], m[b])
			}
		}
	}
	if x.start[0] == nil {
		for g, h := range x.vals {
			x.near(h, int32(g), func(o int32) { pair(int32(g), o) })
		}
		return
	}
	// Bucket by bucket: every used bucket u of block b against each bucket
	// v = u^mask (v >= u), so both sides are read in sequence.
	for b := range simBlocks {
		st, ordg, ordv, used := x.start[b], x.ordg[b], x.ordv[b], &x.used[b]
		for u := range 1 << 16 {
			if used[u>>6]&(1<<(u&63)) == 0 {
				continue
			}
			ulo, uhi := st[u], st[u+1]
			for _, m := range blockMasks[b] {
				v := u ^ int(m)
				if v < u || used[v>>6]&(1<<(v&63)) == 0 {
					continue
				}
				vlo, vhi := st[v], st[v+1]
				for k := ulo; k < uhi; k++ {
					h := ordv[k]
					l := vlo
					if v == u {
						l = k + 1
					}
					for ; l < vhi; l++ {
						d := h ^ ordv[l]
						if bits.OnesCount64(d) > corpusNearBits || foundEarlier(d, b) {
							continue
						}
						pair(ordg[k], ordg[l])
					}
				}
			}
		}
	}
}

// foundEarlier reports whether a pair differing by d is also a candidate
// in a block before b (and so was reported there).
func foundEarlier(d uint64, b int) bool {
	for e := range b {
		if bits.OnesCount16(block(d, e)) <= blockRadius[e] {
			return true
		}
	}
	return false
}

// ApplyCorpus adds the cross-listing flags to the listings they belong to
// (replacing an earlier SCAM_TEMPLATE_REUSE) and recomputes their risk.
// Disabled rules and severity overrides of the engine apply.
func (e *Engine) ApplyCorpus(ls []*model.Listing, flags map[string]model.Flag) {
	for _, l := range ls {
		if l == nil {
			continue
		}
		kept := slices.DeleteFunc(slices.Clone(l.Flags), func(f model.Flag) bool { return f.ID == ScamTemplateReuse })
		if f, ok := flags[l.ID]; ok && !e.disabled[ScamTemplateReuse] {
			if o, ok := e.severity[ScamTemplateReuse]; ok {
				f.Severity = o
			}
			kept = append(kept, f)
		}
		if kept == nil {
			kept = []model.Flag{}
		}
		SortFlags(kept)
		l.Flags = kept
		l.Risk = Risk(kept)
	}
}
