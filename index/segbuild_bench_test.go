package index

import (
	"path/filepath"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zapx "github.com/blevesearch/zapx/v17"

	"github.com/gigscout/gigscout/internal/model"
)

// BenchmarkSegmentBuild is index building's share of a batch without
// Scorch around it, deterministic enough for instruction counts: new
// builds and analyzes the documents of 1,000 realistic listings
// (docBuilder) and makes zapx's in-memory segment of them, as a batch
// does; zapx makes the segment of 1,000 documents analyzed beforehand
// (the same each time); merge merges four persisted segments of 1,000 listings each into
// one file, as Scorch's merger does. Under cachegrind, the difference of
// two iteration counts is the work of the extra iterations:
//
//	go test -c -o /tmp/index.test ./index/
//	GOMAXPROCS=1 GOGC=off GODEBUG=cpu.rdtscp=off valgrind --tool=cachegrind \
//		/tmp/index.test -test.run '^$' -test.bench 'SegmentBuild/new' -test.benchtime 3x
func BenchmarkSegmentBuild(b *testing.B) {
	m, err := newMapping()
	if err != nil {
		b.Fatal(err)
	}
	build := builderFor(m)
	cs := make([]model.Change, 4000)
	for i := range cs {
		cs[i] = realisticChange(i)
	}
	docs := func(from, n int) []bindex.Document {
		out := make([]bindex.Document, n)
		for i := range out {
			c := cs[from+i]
			d := build.document(c.ID, c.Listing)
			d.AddIDField() // as Scorch's Batch does
			d.VisitFields(func(f bindex.Field) {
				if f.Options().IsIndexed() {
					f.Analyze()
				}
			})
			out[i] = d
		}
		return out
	}
	plugin := &zapx.ZapPlugin{}
	b.Run("zapx", func(b *testing.B) {
		ds := docs(0, 1000)
		b.ReportAllocs()
		for b.Loop() {
			seg, _, err := plugin.New(ds)
			if err != nil {
				b.Fatal(err)
			}
			seg.Close()
		}
	})
	b.Run("new", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			seg, _, err := plugin.New(docs(0, 1000))
			if err != nil {
				b.Fatal(err)
			}
			seg.Close()
		}
	})
	b.Run("merge", func(b *testing.B) {
		dir := b.TempDir()
		var segs []segment.Segment
		var drops []*roaring.Bitmap
		for k := range 4 {
			seg, _, err := plugin.New(docs(k*1000, 1000))
			if err != nil {
				b.Fatal(err)
			}
			path := filepath.Join(dir, "in"+string(rune('0'+k)))
			if err := zapx.PersistSegmentBase(seg.(*zapx.SegmentBase), path); err != nil {
				b.Fatal(err)
			}
			seg.Close()
			if seg, err = plugin.Open(path); err != nil {
				b.Fatal(err)
			}
			defer seg.Close()
			segs = append(segs, seg)
			drops = append(drops, nil)
		}
		out := filepath.Join(dir, "out")
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := plugin.Merge(segs, drops, out, nil, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}
