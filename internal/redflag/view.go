package redflag

import (
	"slices"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// newViewOffsets folds orig into a view (see view) with its offset maps.
// The ASCII bytes other than '&', most of any text, take a loop that
// appends to local slices; the offset maps come from a pool and go back to
// it when the assessment that made the view is done (see view.release).
// newView (view_fold.go) leaves the maps to view.needOffsets.
func newViewOffsets(field, orig string) *view {
	v := &view{field: field, orig: orig}
	if orig == "" {
		return v
	}
	n := len(orig) + len(orig)/16 + 8
	buf := make([]byte, 0, n)
	v.offs = getOffsets(n)
	from, to := v.offs.from[:0], v.offs.to[:0]
	emit := func(s string, f, t int) {
		for i := 0; i < len(s); i++ {
			buf = append(buf, s[i])
			from = append(from, int32(f))
			to = append(to, int32(t))
		}
	}
	var prev, prev2 rune // last two original runes (decoded), for break restoration
	for i := 0; i < len(orig); {
		if j := plainRun(orig, i); j > i {
			// A run of bytes that fold to themselves, copied at once.
			buf = append(buf, orig[i:j]...)
			n0 := len(from)
			from, to = slices.Grow(from, j-i)[:n0+j-i], slices.Grow(to, j-i)[:n0+j-i]
			f, t := from[n0:], to[n0:]
			for k := range f {
				f[k] = int32(i + k)
				t[k] = int32(i + k + 1)
			}
			if j-i >= 2 {
				prev2 = rune(orig[j-2])
			} else {
				prev2 = prev
			}
			prev = rune(orig[j-1])
			i = j
			continue
		}
		if c := orig[i]; c < utf8.RuneSelf && c != '&' {
			// ASCII other than an entity: foldRune's case, without a string.
			switch {
			case 'a' <= c && c <= 'z':
			case 'A' <= c && c <= 'Z':
				if needsBreak(prev2, prev, rune(c), orig[i+1:]) {
					buf = append(buf, ' ')
					from = append(from, int32(i))
					to = append(to, int32(i))
				}
				c += 'a' - 'A'
			case c == '\t' || c == '\r' || c == '\f' || c == '\v':
				c = ' '
			}
			buf = append(buf, c)
			from = append(from, int32(i))
			to = append(to, int32(i+1))
			prev2, prev = prev, rune(orig[i])
			i++
			continue
		}
		r, end, dec := runeAt(orig, i)
		if dec != "" {
			emit(fold(dec), i, end)
			prev2, prev = prev, r
			i = end
			continue
		}
		if needsBreak(prev2, prev, r, orig[end:]) {
			emit(" ", i, i)
		}
		emit(foldRune(r), i, end)
		prev2, prev = prev, r
		i = end
	}
	v.s = unsafe.String(unsafe.SliceData(buf), len(buf))
	v.from, v.to = from, to
	v.offs.from, v.offs.to = from, to
	return v
}

// offsets are the offset maps of a view, kept for reuse.
type offsets struct{ from, to []int32 }

var offsetPool = sync.Pool{New: func() any { return new(offsets) }}

// maxKeptOffsets bounds the maps kept: a very long text's are dropped.
const maxKeptOffsets = 1 << 16

// getOffsets returns offset maps with room for n entries.
func getOffsets(n int) *offsets {
	o := offsetPool.Get().(*offsets)
	if cap(o.from) < n || cap(o.to) < n {
		o.from, o.to = make([]int32, 0, n), make([]int32, 0, n)
	}
	return o
}

// release gives the view's offset maps back to the pool: the view must
// not be used after it.
func (v *view) release() {
	v.found.release()
	for _, sc := range v.own {
		sc.release()
	}
	v.found, v.own = nil, nil
	if v.offs == nil {
		return
	}
	o := v.offs
	v.offs, v.from, v.to = nil, nil, nil
	if cap(o.from) <= maxKeptOffsets {
		offsetPool.Put(o)
	}
}

// release ends an assessment: its views give back what they hold.
func (c *ctx) release() {
	for _, v := range c.views() {
		v.release()
	}
}

// foldsToSelf[c] reports an ASCII byte that newView copies as it is: not
// an upper-case letter (folded, perhaps after a restored break), not an
// '&' (perhaps an entity), not a space it turns into ' '.
var foldsToSelf = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !('A' <= c && c <= 'Z') && c != '&' && c != '\t' && c != '\r' && c != '\f' && c != '\v'
	}
	return t
}()

// plainRun returns the end of the run of foldsToSelf bytes at s[i:].
func plainRun(s string, i int) int {
	for i < len(s) && foldsToSelf[s[i]] {
		i++
	}
	return i
}

// scanBufs are the arrays of a cueScan, kept for reuse.
type scanBufs struct {
	sc     cueScan // the scan itself, handed out by cueSet.scan
	chains []chain
	laid   []span32
	ent    []chainEnt
	pos    []int
	alts   []uint64
	seen   []uint64 // see bits (scan_litbits.go)
}

var scanPool = sync.Pool{New: func() any { return new(scanBufs) }}

// maxKeptScan bounds the arrays kept: a very long text's are dropped.
const maxKeptScan = 1 << 16

func getScanBufs() *scanBufs { return scanPool.Get().(*scanBufs) }

// arrays returns a scan's n chains (zeroed: empty) and their ranges
// (not zeroed: each is read only once laid out).
func (b *scanBufs) arrays(n int) ([]chain, []span32) {
	if cap(b.chains) < n {
		b.chains, b.laid = make([]chain, n), make([]span32, n)
	}
	b.chains, b.laid = b.chains[:n], b.laid[:n]
	clear(b.chains)
	return b.chains, b.laid
}

// lists returns room for n starts and m masks (not zeroed: scan fills
// every entry).
func (b *scanBufs) lists(n, m int) ([]int, []uint64) {
	if cap(b.pos) < n {
		b.pos = make([]int, n)
	}
	if cap(b.alts) < m {
		b.alts = make([]uint64, m)
	}
	b.pos, b.alts = b.pos[:n], b.alts[:m]
	return b.pos, b.alts
}

// release gives the scan's arrays back to the pool: the scan must not be
// used after it. A nil scan is ignored.
func (sc *cueScan) release() {
	if sc == nil || sc.bufs == nil {
		return
	}
	b := sc.bufs
	sc.bufs = nil
	if cap(b.pos) <= maxKeptScan && cap(b.ent) <= maxKeptScan {
		scanPool.Put(b)
	}
}
