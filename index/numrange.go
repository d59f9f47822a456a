package index

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/numeric"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// The number and date fields (hourly_usd, hours_max, posted_at,
// deadline_sort) index prefix terms: a value's term at each of its
// field's shifts (numField; fieldShifts: 3 to 7 of 0, 8, ..., 56), where
// Bleve's fields index 16 (its precision step is 4). Bleve's
// NumericRangeSearcher splits a range into terms with step 4 whatever the
// field holds, so these fields' ranges are rangeQuery: the range split
// into blocks of the field's shifts, each block a run of terms of one
// shift, of which only those in the field's dictionary are searched. An
// index of step-4 terms (built through the mapping's walk, see
// builderFor) holds every term of those shifts too: the query finds the
// same listings in both.

// rangeQuery matches listings whose field value lies in [lo, hi], values
// as the field's terms encode them (numeric.Float64ToInt64 for a number,
// UnixNano for a date). lo > hi matches nothing.
type rangeQuery struct {
	field  string
	lo, hi int64
	err    error // reported by Searcher (a date Bleve cannot hold)
}

// numRange is the range of numbers from lo to hi, each end included when
// its flag says so; a nil end is open.
func numRange(field string, lo, hi *float64, loIncl, hiIncl bool) rangeQuery {
	r := rangeQuery{field: field, lo: math.MinInt64, hi: math.MaxInt64}
	if lo != nil {
		r.lo = numeric.Float64ToInt64(*lo)
		if !loIncl {
			r.lo = next(r.lo)
		}
	}
	if hi != nil {
		r.hi = numeric.Float64ToInt64(*hi)
		if !hiIncl {
			r.hi = prev(r.hi)
		}
	}
	return r
}

// dateRange is the range of times from lo to hi, each end included when
// its flag says so; a zero end is open. As Bleve's DateRangeQuery, an end
// outside the times a date field holds is an error.
func dateRange(field string, lo, hi time.Time, loIncl, hiIncl bool) rangeQuery {
	r := rangeQuery{field: field, lo: math.MinInt64, hi: math.MaxInt64}
	for _, t := range []time.Time{lo, hi} {
		if !t.IsZero() && (t.Before(query.MinRFC3339CompatibleTime) || t.After(query.MaxRFC3339CompatibleTime)) {
			r.err = fmt.Errorf("invalid/unsupported date range: %v", t)
		}
	}
	if !lo.IsZero() {
		r.lo = lo.UnixNano()
		if !loIncl {
			r.lo = next(r.lo)
		}
	}
	if !hi.IsZero() {
		r.hi = hi.UnixNano()
		if !hiIncl {
			r.hi = prev(r.hi)
		}
	}
	return r
}

func next(v int64) int64 {
	if v == math.MaxInt64 {
		return v // as Bleve: the largest value stays in an open-ended range
	}
	return v + 1
}

func prev(v int64) int64 {
	if v == math.MinInt64 {
		return v
	}
	return v - 1
}

// Searcher implements query.Query: a disjunction of the range's terms
// found in the field's dictionary.
func (r rangeQuery) Searcher(ctx context.Context, i bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	if r.err != nil {
		return nil, r.err
	}
	terms, err := r.terms(i)
	if err != nil {
		return nil, err
	}
	return searcher.NewMultiTermSearcherBytes(ctx, i, terms, r.field, 1, options, true)
}

// terms are the terms of r's blocks in the field's dictionary, read block
// by block (a block's terms are contiguous in the dictionary: one shift,
// consecutive values).
func (r rangeQuery) terms(i bindex.IndexReader) ([][]byte, error) {
	var out [][]byte
	for _, b := range splitRange(r.lo, r.hi, shiftsOf(r.field)) {
		start, err := numeric.NewPrefixCodedInt64(b.lo, b.shift)
		if err != nil {
			return nil, err
		}
		end, err := numeric.NewPrefixCodedInt64(b.hi, b.shift)
		if err != nil {
			return nil, err
		}
		d, err := i.FieldDictRange(r.field, start, end) // both ends included
		if err != nil {
			return nil, err
		}
		e, err := d.Next()
		for err == nil && e != nil {
			out = append(out, []byte(e.Term))
			e, err = d.Next()
		}
		if cerr := d.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// numStep is the least number of bits between two shifts of a value's
// terms (fieldShifts).
const numStep = 8

// block is the values lo to hi whose terms at shift are searched: lo's
// low shift bits are 0 and hi's 1, each term the 2^shift values of one
// prefix.
type block struct {
	shift  uint
	lo, hi int64
}

// splitRange splits [lo, hi] into blocks of the given shifts (ascending,
// the first 0), coarsest where it can: at each shift, the values below
// the first (and above the last) whole block of the next shift are this
// shift's, the rest goes up a shift. It works on the values as prefix
// coding orders them (the sign bit flipped: unsigned order), and leaves
// at most 2(2^(next-shift) - 1) terms at a shift but the last.
func splitRange(lo, hi int64, shifts []uint) []block {
	if lo > hi {
		return nil
	}
	const flip = 1 << 63
	a, z := uint64(lo)^flip, uint64(hi)^flip
	var out []block
	add := func(shift uint, a, z uint64) {
		out = append(out, block{shift: shift, lo: int64(a ^ flip), hi: int64(z ^ flip)})
	}
	for i, shift := range shifts {
		if i == len(shifts)-1 {
			add(shift, a, z)
			break
		}
		up := shifts[i+1]
		mask := uint64(1)<<up - 1 // the low bits of a block of the next shift
		// The next shift's whole blocks: from na to nz.
		na, aFits := a, true
		if a&mask != 0 {
			na = (a | mask) + 1
			aFits = a|mask != math.MaxUint64
		}
		nz, zFits := z, true
		if z&mask != mask {
			nz = z&^mask - 1
			zFits = z&^mask != 0
		}
		if !aFits || !zFits || na > nz {
			add(shift, a, z) // no whole block of the next shift inside
			break
		}
		if a < na {
			add(shift, a, na-1)
		}
		if nz < z {
			add(shift, nz+1, z)
		}
		a, z = na, nz
	}
	return out
}
