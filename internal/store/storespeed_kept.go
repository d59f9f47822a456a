package store

import (
	"time"
	"unsafe"

	"github.com/gigscout/gigscout/internal/model"
)

// The written cache's bound in what it holds. It counted each kept
// listing as the size of its JSON, but a kept listing (decodedOf: a deep
// copy whose strings are the written listing's) kept alive whatever its
// strings were cut from: a title or a location sliced out of a fetched
// page holds the whole page. At 200,000 listings a 32 MB bound added
// about 275 MB of peak RSS. keepDecoded copies a kept listing's strings
// into one block of its own and counts what the listing then holds (the
// block, its structs and slices, and the cache's entry), so that what is
// kept is at most the bound.

// keepDecoded is keep with the listing re-homed and counted by
// decodedSize.
func (c *writtenCache) keepDecoded(hash string, l *model.Listing) {
	if !c.on() {
		return
	}
	if d, ok := decodedOf(l); ok {
		c.put(hash, d, rehome(d))
	}
}

// Sizes of what a kept listing holds besides its strings.
const (
	listingSize = int64(unsafe.Sizeof(model.Listing{}))
	flagSize    = int64(unsafe.Sizeof(model.Flag{}))
	linkSize    = int64(unsafe.Sizeof(model.Link{}))
	stringSize  = int64(unsafe.Sizeof(""))
	paySize     = int64(unsafe.Sizeof(model.Pay{}))
	spanSize    = int64(unsafe.Sizeof(model.Span{}))
	rangeSize   = int64(unsafe.Sizeof(model.Range{}))
	timeSize    = int64(unsafe.Sizeof(time.Time{}))
	// entrySize is the cache's own cost of an entry: its map slot, its
	// key (a 32-byte hash) and its order slot.
	entrySize = 160
)

// rehome copies every string of d (as decodedOf returned it: its slices
// and pointers its own) into one new block, so that d holds nothing of
// the listing it was copied from, and returns the bytes d then holds.
func rehome(d *model.Listing) int64 {
	n := 0
	listingStrings(d, func(s *string) { n += len(*s) })
	block := make([]byte, 0, n)
	listingStrings(d, func(s *string) {
		if len(*s) == 0 {
			return
		}
		start := len(block)
		block = append(block, *s...)
		*s = unsafe.String(&block[start], len(*s))
	})
	size := entrySize + listingSize + int64(n)
	size += int64(cap(d.Locations)+cap(d.RemoteRegions)+cap(d.Skills)) * stringSize
	if d.Pay != nil {
		size += paySize
		if d.Pay.Evidence != nil {
			size += spanSize
		}
	}
	for _, r := range []*model.Range{d.Hours, d.DurationDays} {
		if r != nil {
			size += rangeSize
		}
	}
	for _, t := range []*time.Time{d.Deadline, d.PostedAt} {
		if t != nil {
			size += timeSize
		}
	}
	size += int64(cap(d.Flags)) * flagSize
	for _, f := range d.Flags {
		size += int64(cap(f.Others)) * linkSize
	}
	return size
}

// listingStrings calls fn with every string field d holds (the data
// column's: decodedOf clears the others). TestRehomeCoversEveryString
// checks, by reflection, that none is missed.
func listingStrings(d *model.Listing, fn func(*string)) {
	for _, s := range []*string{&d.ID, &d.Source, &d.Kind, &d.ExternalID, &d.URL, &d.ApplyURL, &d.Title, &d.Company, &d.CompanyURL,
		&d.CompanyInfo, (*string)(&d.Remote), &d.RemoteEvidence, (*string)(&d.Type), &d.PayText, &d.EmploymentType,
		&d.DescriptionHTML, &d.Text, &d.Language, (*string)(&d.Risk), &d.DuplicateOf, &d.Fingerprint, &d.DedupKey, &d.PostingHash} {
		fn(s)
	}
	for _, ss := range [][]string{d.Locations, d.RemoteRegions, d.Skills} {
		for i := range ss {
			fn(&ss[i])
		}
	}
	if p := d.Pay; p != nil {
		fn(&p.Currency)
		fn((*string)(&p.Unit))
		fn((*string)(&p.Source))
		if e := p.Evidence; e != nil {
			fn(&e.Field)
			fn(&e.Text)
		}
	}
	for _, r := range []*model.Range{d.Hours, d.DurationDays} {
		if r != nil {
			fn((*string)(&r.Source))
		}
	}
	for i := range d.Flags {
		f := &d.Flags[i]
		fn(&f.ID)
		fn((*string)(&f.Family))
		fn((*string)(&f.Severity))
		fn(&f.Reason)
		fn(&f.Evidence.Field)
		fn(&f.Evidence.Text)
		for j := range f.Others {
			o := &f.Others[j]
			fn(&o.Source)
			fn(&o.URL)
			fn(&o.ID)
			fn(&o.Company)
			fn(&o.Title)
		}
	}
	for i := range d.AlsoAt {
		o := &d.AlsoAt[i]
		fn(&o.Source)
		fn(&o.URL)
		fn(&o.ID)
		fn(&o.Company)
		fn(&o.Title)
	}
}
