package index

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// docHashSeed is this process's seed: DocHash values are compared only
// within one process.
var docHashSeed = maphash.MakeSeed()

// DocHash is a hash of the document the index holds for l: two listings
// with equal hashes index alike (a change between them need not be
// applied). It is never 0 and is stable within one process only.
func DocHash(l *model.Listing) uint64 {
	d := docBut(l)
	var h maphash.Hash
	h.SetSeed(docHashSeed)
	var nb [binary.MaxVarintLen64]byte
	count := func(n int) { h.Write(nb[:binary.PutUvarint(nb[:], uint64(n))]) }
	str := func(s string) {
		count(len(s))
		h.WriteString(s)
	}
	strs := func(ss []string) {
		count(len(ss))
		for _, s := range ss {
			str(s)
		}
	}
	u64 := func(v uint64) {
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], v)
		h.Write(b[:])
	}
	tm := func(t time.Time) {
		if t.IsZero() {
			h.WriteByte(0)
			return
		}
		h.WriteByte(1)
		u64(uint64(t.UnixNano()))
	}
	str(d.Title)
	str(d.Company)
	str(d.CompanyKW)
	// d.All as str would hash it, part by part: maphash hashes the bytes
	// written, however they are cut.
	parts := allParts(l)
	n := (len(parts) - 1) * len(allGap)
	for _, p := range parts {
		n += len(p)
	}
	count(n)
	for i, p := range parts {
		if i > 0 {
			h.WriteString(allGap)
		}
		h.WriteString(p)
	}
	strs(d.Skills)
	strs(d.SkillsLC)
	str(d.Remote)
	strs(d.Regions)
	str(d.JobType)
	str(d.Source)
	strs(d.Flags)
	strs(d.Show)
	if d.Paid {
		h.WriteByte(1)
	} else {
		h.WriteByte(0)
	}
	u64(math.Float64bits(d.HourlyUSD))
	u64(math.Float64bits(d.HoursMax))
	tm(d.PostedAt)
	tm(d.DeadlineSort)
	str(d.Newest)
	str(d.PayKey)
	str(d.Deadline)
	return h.Sum64() | 1
}
