package store

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// sameAsJSON fails t unless encodeData and the hand-written own flags
// give exactly what encoding/json (contentHash, encodeOwnFlags) gives
// for l, the same error included.
func sameAsJSON(t *testing.T, l *model.Listing, what string) {
	t.Helper()
	wantHash, wantData, wantBody, wantErr := contentHash(l)
	hash, data, body, err := encodeData(l)
	if (err != nil) != (wantErr != nil) || (err != nil && err.Error() != wantErr.Error()) {
		t.Fatalf("%s: error %v, encoding/json's %v", what, err, wantErr)
	}
	if data != string(wantData) || hash != wantHash || !reflect.DeepEqual(body, wantBody) {
		t.Fatalf("%s: data differs from encoding/json's:\n got %s\nwant %s", what, data, wantData)
	}
	// appendData of the whole listing (texts included) is encoding/json's
	// too: legacyContentHash's, for migration 0018.
	c := *l
	c.FirstSeen, c.LastSeen, c.ClosedAt, c.DuplicateOf, c.AlsoAt = time.Time{}, time.Time{}, nil, "", nil
	if want, err := json.Marshal(&c); err == nil {
		if b, ok := appendData(nil, &c); ok && !bytes.Equal(b, want) {
			t.Fatalf("%s: appendData differs:\n got %s\nwant %s", what, b, want)
		}
	}
	wantOwn, err := encodeOwnFlags(l.Flags)
	if err != nil {
		t.Fatal(err)
	}
	if own := string(appendOwnFlags(nil, l.Flags)); own != wantOwn {
		t.Fatalf("%s: own flags %s, encoding/json's %s", what, own, wantOwn)
	}
}

// TestAppendDataMatchesJSON: the hand-written data encoding is
// encoding/json's, byte for byte, on thousands of listings with every
// field set at random by reflection (a field added to model.Listing is
// filled, and fails this until appendData writes it), with escapes,
// invalid UTF-8, NULs, -0, tiny and huge floats, zones and monotonic
// readings; and on the values where encoding/json fails or changes form.
func TestAppendDataMatchesJSON(t *testing.T) {
	n := uint64(4000)
	if testing.Short() {
		n = 800
	}
	for seed := range n {
		f := newFiller(seed, seed%3 == 0, seed%2 == 0)
		l := new(model.Listing)
		f.fill(t, reflect.ValueOf(l).Elem())
		sameAsJSON(t, l, "random listing")
	}
	// crawl-like listings
	g := newCrawlListings(3)
	for _, l := range g.batch(300) {
		sameAsJSON(t, l, "crawl listing "+l.ID)
	}
	// Floats at encoding/json's format edges, and those it refuses.
	for _, v := range []float64{0, negZero(), 1e-6, 9.999999e-7, 1e-7, 1.5e-300, 1e20, 1e21, 999999999999999999999, -1e21, 1e100,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 0.1 + 0.2, -1e-7, 123456789.125, math.NaN(), math.Inf(1), math.Inf(-1)} {
		l := &model.Listing{ID: "f", Pay: &model.Pay{Min: v, Max: -v, Hourly: v, HourlyUSD: v}, Hours: &model.Range{Min: v, Max: v},
			DurationDays: &model.Range{Min: 1, Max: v}}
		sameAsJSON(t, l, "float")
	}
	// Times MarshalJSON refuses or writes at its edges.
	for _, tm := range []time.Time{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.FixedZone("", -(23*3600+59*60))), time.Date(0, 1, 1, 0, 0, 0, 1, time.UTC),
		time.Date(2026, 1, 1, 0, 0, 0, 0, time.FixedZone("", 24*3600))} {
		l := &model.Listing{ID: "t", Deadline: &tm}
		sameAsJSON(t, l, "deadline "+tm.String())
		l = &model.Listing{ID: "t", PostedAt: &tm}
		sameAsJSON(t, l, "posted "+tm.String())
	}
	// Every byte and a few runes, alone in a string.
	var all []byte
	for c := range 256 {
		all = append(all, byte(c))
		sameAsJSON(t, &model.Listing{ID: string([]byte{byte(c)}), Text: "a" + string([]byte{byte(c)}) + "b"}, "byte")
	}
	sameAsJSON(t, &model.Listing{Text: string(all) + "\u2028\u2029\u2027\u202a\U0001F600\ufffd\xed\xa0\x80\xf4\x90\x80\x80"}, "runes")
	// Bookkeeping is cleared: times, links, the columns tagged "-".
	now := time.Now()
	sameAsJSON(t, &model.Listing{ID: "b", FirstSeen: now, LastSeen: now, ClosedAt: &now, DuplicateOf: "x",
		AlsoAt: []model.Link{{Source: "s"}}, DedupKey: "k", TextSimHash: 9, PostingHash: "p"}, "bookkeeping")
	sameAsJSON(t, &model.Listing{Locations: []string{}, RemoteRegions: []string{}, Skills: []string{}, Flags: []model.Flag{{Others: []model.Link{}}}}, "empty slices")
}

// FuzzAppendData: for any strings and numbers, the hand-written data
// encoding is encoding/json's.
func FuzzAppendData(f *testing.F) {
	f.Add("Data <intern> & \"co\"", "a\u2028b\xff", 1.5, 1e21, int64(3))
	f.Add("", "\x00\x1f\x7f", 1e-7, -0.0, int64(-1))
	f.Fuzz(func(t *testing.T, s1, s2 string, f1, f2 float64, n int64) {
		tm := time.Unix(n, n*7919%1e9).In(time.FixedZone("", int(n%86400)))
		l := &model.Listing{ID: s1, Source: s2, Kind: s2, Title: s1 + s2, Company: s2, CompanyInfo: s1, Locations: []string{s1, s2},
			RemoteRegions: []string{s2}, Remote: model.Remote(s1), Type: model.JobType(s2), ProjectBased: n%2 == 0,
			Pay:   &model.Pay{Min: f1, Max: f2, Currency: s1, Hourly: f2, HourlyUSD: f1, Evidence: &model.Span{Field: s2, Start: int(n), End: int(-n), Text: s1}},
			Hours: &model.Range{Min: f2, Max: f1, Source: model.Origin(s2)}, Deadline: &tm, Skills: []string{s1},
			DescriptionHTML: s1, Text: s2, Language: s1, Risk: model.Severity(s2), Fingerprint: s1,
			Flags: []model.Flag{{ID: s1, Family: model.Family(s2), Severity: model.Severity(s1), Reason: s2,
				Others: []model.Link{{Source: s1, URL: s2, ID: s1, Company: s2, Title: s1}}}}}
		sameAsJSON(t, l, "fuzzed")
		var back model.Listing
		if _, data, _, err := encodeData(l); err == nil && json.Unmarshal([]byte(data), &back) != nil {
			t.Fatalf("not JSON: %s", data)
		}
	})
}

// BenchmarkEncodeRow: a crawl listing's row encoding (data, content
// hash, own flags), by encoding/json and by hand.
func BenchmarkEncodeRow(b *testing.B) {
	ls := newCrawlListings(5).batch(200)
	b.Run("encoding-json", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			l := ls[i%len(ls)]
			if _, _, _, err := contentHash(l); err != nil {
				b.Fatal(err)
			}
			if _, err := encodeOwnFlags(l.Flags); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("by-hand", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if _, err := encodeRow(ls[i%len(ls)]); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// encodeOwnFlags is the own_flags encoding by encoding/json: the reference
// the hand-written encoder is compared with.
func encodeOwnFlags(fs []model.Flag) (string, error) {
	own := make([]ownFlag, len(fs))
	for i, f := range fs {
		own[i] = ownFlag{ID: f.ID, Family: f.Family, Severity: f.Severity}
	}
	b, err := json.Marshal(own)
	return string(b), err
}
