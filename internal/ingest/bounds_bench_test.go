package ingest

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
)

// hugePosting has a description of about size bytes of ordinary job text.
func hugePosting(size int) model.Posting {
	para := "<p>You will build dashboards in Python and SQL, about 15 hours over 3 weeks, $300 for the project. " +
		"Other duties as assigned. Contact us on Telegram. Pay a $50 registration fee.</p>\n"
	return model.Posting{Source: "b", ExternalID: "1", URL: "https://x.example/1", Title: "Data micro-internship",
		Company: "Acme", DescriptionHTML: strings.Repeat(para, size/len(para)+1)}
}

// BenchmarkHugeDescription: the cost of the ingest path (caps, normalize,
// red flags) on a 5 MB description stays that of a 200 KB one, because
// crawler.LimitPosting cuts it first. Compare with
// BenchmarkCappedDescription: the ns/op and B/op should be about equal.
func BenchmarkHugeDescription(b *testing.B) { benchIngestPath(b, 5<<20) }

// BenchmarkCappedDescription is the same path at the cap.
func BenchmarkCappedDescription(b *testing.B) { benchIngestPath(b, crawler.MaxDescription) }

// BenchmarkTypicalDescription is a large real-world description (20 KB).
func BenchmarkTypicalDescription(b *testing.B) { benchIngestPath(b, 20<<10) }

func benchIngestPath(b *testing.B, size int) {
	eng := redflag.New(redflag.Options{FloorHourlyUSD: 20})
	opts := normalize.Options{USDRates: map[string]float64{"USD": 1}}
	src := hugePosting(size)
	b.ReportAllocs()
	b.SetBytes(int64(len(src.DescriptionHTML)))
	for b.Loop() {
		p := src
		crawler.LimitPosting(&p, nil)
		l := normalize.Normalize(&p, opts)
		eng.Assess(l)
	}
}

// TestHugeDescriptionIsCut: the ingest path sees at most the cap.
func TestHugeDescriptionIsCut(t *testing.T) {
	p := hugePosting(5 << 20)
	crawler.LimitPosting(&p, nil)
	l := normalize.Normalize(&p, normalize.Options{})
	if len(p.DescriptionHTML) > crawler.MaxDescription || len(l.Text) > crawler.MaxDescription {
		t.Fatalf("description %d bytes, text %d bytes after the cap", len(p.DescriptionHTML), len(l.Text))
	}
}
