package index

// The shifts of each number and date field's prefix terms (numField
// indexes a value's term at each; rangeQuery splits a range into blocks
// of them). Every shift is a multiple of 4, so an index of Bleve's own
// step-4 terms (the mapping's walk) holds each of them too, and every
// list starts at 0, the exact value: a range query finds exactly the
// listings in its range whatever the list.
//
// A shift only saves query terms where values are dense below it: a
// range's ends are blocks of the shift below the next, in which only the
// terms in the field's dictionary are searched, so a shift left out costs
// a query the values present in one such block, where it costs indexing
// a term a listing (a dictionary look-up, a posting and a merge's copy of
// it in zapx, for each listing). In a 20,000-listing crawl every field had
// as many distinct values at shift 40 (44 for numbers) as at shift 0:
//
//   - hourly_usd and hours_max are pay and hours from a listing's text,
//     sparse below 40 bits (a term there covers under a hundredth of a
//     unit), and their ranges ([min, ∞) and (0, max]) reach every value
//     present from shift 48 (a sixteenth of a power of two). Shifts 0,
//     40 and 48.
//   - deadline_sort holds dates of at most a second's precision (parsed,
//     or from a source's feed): one value at most in a block below 2^29
//     ns, so shifts 8 to 24 add nothing. The deadline filter's ranges
//     end at noDeadline, where shift 56 saves a year's worth of shift-48
//     terms. Shifts 0, 32, 40, 48 and 56.
//   - posted_at falls back to the first-seen time, a nanosecond clock a
//     crawl fills densely, but listings come at most one every few
//     microseconds: shifts 8 and 16 find what shift 0 finds at shift
//     24's ends. Its filter's ranges are [after, ∞), with no values above
//     now: shift 56 saves nothing. Shifts 0, 24, 32, 40 and 48.
//
// BenchmarkRangeTerms counts the terms a range query searches with these
// shifts and with every 8 bits, over dense values of each field.
// Any other field (none today) gets every 8 bits.
var fieldShifts = map[string][]uint{
	"hourly_usd":    {0, 40, 48},
	"hours_max":     {0, 40, 48},
	"deadline_sort": {0, 32, 40, 48, 56},
	"posted_at":     {0, 24, 32, 40, 48},
}

// everyShift is every numStep bits up to 56.
var everyShift = []uint{0, 8, 16, 24, 32, 40, 48, 56}

// maxShifts is the most shifts a field has.
const maxShifts = 64 / numStep

// shiftsOf are the shifts of field's terms, ascending.
func shiftsOf(field string) []uint {
	if s, ok := fieldShifts[field]; ok {
		return s
	}
	return everyShift
}
