package store

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// filler sets every exported field it reaches to a random value, by
// reflection, so that a field added to model.Listing is filled too (and a
// kind it does not know fails the test: decodedOf must learn it first).
type filler struct {
	r       *rand.Rand
	strs    []string
	invalid bool // strs holds strings that are not valid UTF-8
}

var fillStrings = []string{"", "a", "Acme Analytics", "<b>&amp;</b> \"q\" \\", "line\u2028sep\u2029", "tab\tctl\x01\x1f",
	"é ü 中文 😀", "https://x.example/a?b=c&d=e"}

func newFiller(seed uint64, invalid, nul bool) *filler {
	f := &filler{r: rand.New(rand.NewPCG(seed, 7)), strs: slices.Clone(fillStrings), invalid: invalid}
	if invalid {
		f.strs = append(f.strs, "bad \xff\xfe byte", "cut \xc3")
	}
	if nul {
		f.strs = append(f.strs, "nul\x00here")
	}
	return f
}

func (f *filler) fill(t *testing.T, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.String:
		v.SetString(f.strs[f.r.IntN(len(f.strs))])
	case reflect.Bool:
		v.SetBool(f.r.IntN(2) == 1)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(f.r.IntN(2000) - 1000))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(f.r.Uint64() >> (64 - v.Type().Bits()))
	case reflect.Float64:
		v.SetFloat([]float64{0, negZero(), 1.5, 1e300, 3e-9, -42.25, f.r.Float64() * 1000}[f.r.IntN(7)])
	case reflect.Pointer:
		if f.r.IntN(4) == 0 {
			v.SetZero()
			return
		}
		p := reflect.New(v.Type().Elem())
		f.fill(t, p.Elem())
		v.Set(p)
	case reflect.Slice:
		switch n := f.r.IntN(5); n {
		case 0:
			v.SetZero()
		default:
			s := reflect.MakeSlice(v.Type(), n-1, n-1)
			for i := range n - 1 {
				f.fill(t, s.Index(i))
			}
			v.Set(s)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			zones := []*time.Location{time.UTC, time.Local, time.FixedZone("", 5*3600+1800), time.FixedZone("X", -7*3600)}
			tm := time.Unix(f.r.Int64N(4e9), f.r.Int64N(1e9)).In(zones[f.r.IntN(len(zones))])
			if f.r.IntN(5) == 0 {
				tm = time.Now() // with a monotonic reading
			}
			v.Set(reflect.ValueOf(tm))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				f.fill(t, v.Field(i))
			}
		}
	default:
		t.Fatalf("filler: a %s field (%s): teach decodedOf and this test the kind", v.Kind(), v.Type())
	}
}

func negZero() float64 { var z float64; return -z }

// encodedInvalid reports whether a string the listing's data encodes is
// not valid UTF-8 (contentHash leaves out the times and links).
func encodedInvalid(l *model.Listing) bool {
	c := *l
	c.FirstSeen, c.LastSeen, c.ClosedAt, c.DuplicateOf, c.AlsoAt = time.Time{}, time.Time{}, nil, "", nil
	return anyInvalid(reflect.ValueOf(c))
}

func anyInvalid(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		return !utf8.ValidString(v.String())
	case reflect.Pointer:
		return !v.IsNil() && anyInvalid(v.Elem())
	case reflect.Slice:
		for i := range v.Len() {
			if anyInvalid(v.Index(i)) {
				return true
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if ft := v.Type().Field(i); ft.IsExported() && ft.Tag.Get("json") != "-" && anyInvalid(v.Field(i)) {
				return true
			}
		}
	}
	return false
}

// scribble changes, in place, every slice element and pointee v reaches:
// a copy that shares none of v's memory does not see it.
func scribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString(v.String() + "!")
		}
	case reflect.Float64:
		v.SetFloat(v.Float() + 1)
	case reflect.Pointer:
		if !v.IsNil() {
			if v.Type() == reflect.TypeFor[*time.Time]() {
				v.Elem().Set(reflect.ValueOf(v.Elem().Interface().(time.Time).Add(time.Hour)))
				return
			}
			scribble(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			scribble(v.Index(i))
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				scribble(v.Field(i))
			}
		}
	}
}

// TestDecodedOfMatchesJSON: decodedOf gives what decoding Upsert's data
// column gives, for listings with every field set at random (nil, empty
// and full slices, nil pointers, -0, zones, monotonic readings, escapes),
// and refuses exactly those with a string the encoding must repair. The
// copies share nothing with the listing they came from, or with each
// other.
func TestDecodedOfMatchesJSON(t *testing.T) {
	for seed := range uint64(3000) {
		f := newFiller(seed, seed%3 == 0, true)
		l := new(model.Listing)
		f.fill(t, reflect.ValueOf(l).Elem())
		r, err := encodeRow(l)
		if err != nil {
			continue // a time the encoding refuses: Upsert fails the listing
		}
		want := new(model.Listing)
		if err := json.Unmarshal([]byte(r.data), want); err != nil {
			t.Fatal(err)
		}
		if body, _ := r.body.([]byte); body != nil {
			if err := setBody(want, body); err != nil {
				t.Fatal(err)
			}
		}
		got, ok := decodedOf(l)
		if bad := encodedInvalid(l); ok == bad {
			t.Fatalf("seed %d: decodedOf ok=%v for a listing with invalid UTF-8 %v", seed, ok, bad)
		}
		if !ok {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			gb, _ := json.Marshal(got)
			t.Fatalf("seed %d: decodedOf differs from the decoded data:\n got %s\nwant %s\n got %#v\nwant %#v", seed, gb, r.data, got, want)
		}
		cp := copyDecoded(got)
		if !reflect.DeepEqual(cp, want) {
			t.Fatalf("seed %d: copyDecoded differs", seed)
		}
		scribble(reflect.ValueOf(l).Elem())
		scribble(reflect.ValueOf(cp).Elem())
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: decodedOf's copy shares memory with its listing or with copyDecoded's", seed)
		}
	}
}

// TestWrittenCacheBound: the cache keeps at most its bytes, dropping the
// oldest first, drops a listing once every read it waits for has read it,
// and keeps nothing when off.
func TestWrittenCacheBound(t *testing.T) {
	var c writtenCache
	l := &model.Listing{ID: "a", Title: "t", Flags: []model.Flag{}}
	has := func(k string) bool { _, ok := c.m[k]; return ok }
	c.keep("h0", l, 10)
	if has("h0") {
		t.Fatal("kept while off")
	}
	c.setMax(30, ReadChanges|ReadCorpus)
	for i := range 5 {
		c.keep(fmt.Sprint("h", i), l, 10)
	}
	for i, want := range []bool{false, false, true, true, true} {
		if got := has(fmt.Sprint("h", i)); got != want {
			t.Errorf("h%d kept %v, want %v", i, got, want)
		}
	}
	if c.size != 30 {
		t.Errorf("size %d, want 30", c.size)
	}
	if c.peek("h2") == nil || !has("h2") {
		t.Error("h2 dropped before the change feed read it")
	}
	if c.get("h2") == nil || has("h2") {
		t.Error("h2 kept after both reads")
	}
	if c.get("h2") != nil || c.peek("h0") != nil {
		t.Error("a listing dropped or never kept was read")
	}
	c.keep("h5", l, 10) // room again
	c.keep("h6", l, 10) // drops h3, the oldest
	if has("h3") || !has("h4") || !has("h5") || !has("h6") || c.size != 30 {
		t.Errorf("after reads and more writes: kept %v, %d bytes", slices.Sorted(maps.Keys(c.m)), c.size)
	}
	c.keep("big", l, 31)
	if has("big") {
		t.Error("kept a listing larger than the bound")
	}
	c.setMax(0, 0)
	if c.size != 0 || len(c.m) != 0 {
		t.Errorf("off: %d bytes in %d entries left", c.size, len(c.m))
	}
}

// TestReadBackKeptMatchesStore: a store that keeps what it writes reads
// back (ChangesSince, CorpusRowsSince) exactly what a store that keeps
// nothing reads from the same database: after inserts, changes,
// duplicates, cross-listing flags, closes and reopens, and writes by
// another process (another connection pool: its rows, and rows of ours it
// rewrote, are decoded, not taken from what we kept).
func TestReadBackKeptMatchesStore(t *testing.T) {
	storetest.RunParallel(t, testReadBackKeptMatchesStore)
}

func testReadBackKeptMatchesStore(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	dsn := be.DSN(t)
	openStore := func() *sqlStore { return openDSN(t, dsn) }
	kept, plain, other := openStore(), openStore(), openStore()
	kept.KeepWritten(64<<20, ReadChanges|ReadCorpus)
	// On SQLite every fifth listing has strings that are not valid UTF-8
	// (the encoding repairs them: such a listing is not kept) and some have
	// NUL; PostgreSQL refuses both (its text columns and jsonb).
	lite := be.Name == "sqlite"
	good, bad := newFiller(1, false, lite), newFiller(2, lite, lite)
	mk := func(src string, i int, text string) *model.Listing {
		l := new(model.Listing)
		f := good
		if i%5 == 4 {
			f = bad
		}
		f.fill(t, reflect.ValueOf(l).Elem())
		ext := fmt.Sprint(i)
		l.ID, l.Source, l.ExternalID = model.ListingID(src, ext), src, ext
		l.Company, l.Text, l.Fingerprint, l.DedupKey = "Acme", text, fmt.Sprint("fp", i%7), "acme|us"
		l.Risk = model.SeverityLow
		l.Deadline, l.PostedAt = nil, nil // keep the times the encoding refuses out
		if l.Pay != nil {
			l.Pay.Min, l.Pay.Max = 10, 20
		}
		return l
	}
	var ls []*model.Listing
	for i := range 60 {
		ls = append(ls, mk([]string{"s1", "s2"}[i%2], i, fmt.Sprint("Sort parcels and answer the phone, shift ", i%5)))
	}
	compare := func(step string) {
		t.Helper()
		for _, after := range []int64{0, 3, 17, 40} {
			for _, limit := range []int{5, 1000} {
				got, err := kept.ChangesSince(ctx, after, limit)
				if err != nil {
					t.Fatal(err)
				}
				want, err := plain.ChangesSince(ctx, after, limit)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: ChangesSince(%d, %d) kept differs from the store:\n got %s\nwant %s", step, after, limit, asJSON(got), asJSON(want))
				}
			}
			go1, gc1, gs1, err := kept.CorpusRowsSince(ctx, after)
			if err != nil {
				t.Fatal(err)
			}
			wo1, wc1, ws1, err := plain.CorpusRowsSince(ctx, after)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(go1, wo1) || !slices.Equal(gc1, wc1) || gs1 != ws1 {
				t.Fatalf("%s: CorpusRowsSince(%d) kept differs:\n got %+v %v %d\nwant %+v %v %d", step, after, go1, gc1, gs1, wo1, wc1, ws1)
			}
		}
	}
	if _, err := kept.Upsert(ctx, ls[:40]); err != nil {
		t.Fatal(err)
	}
	compare("inserted")
	if kept.written.hits.Load() == 0 {
		t.Fatal("nothing was read from what the store kept")
	}
	for _, l := range ls[:10] {
		l.Title += " (revised)"
	}
	if _, err := kept.Upsert(ctx, ls[:50]); err != nil {
		t.Fatal(err)
	}
	compare("changed")
	want := map[string][]model.Flag{}
	for _, l := range ls[:6] {
		want[l.ID] = []model.Flag{{ID: "SCAM_TEMPLATE_REUSE", Family: model.FamilyScam, Severity: model.SeverityHigh, Reason: "copied"}}
	}
	risk := func(base, extra []model.Flag) model.Severity { return model.SeverityHigh }
	if err := kept.SetCorpusFlags(ctx, want, risk); err != nil {
		t.Fatal(err)
	}
	compare("corpus flags")
	if _, err := kept.CloseMissing(ctx, "s1", map[string]struct{}{"0": {}, "2": {}}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	compare("closed")
	// Another process rewrites some of our listings and adds its own.
	for _, l := range ls[20:30] {
		l.Text += " Now with weekend shifts."
	}
	if _, err := other.Upsert(ctx, ls[20:60]); err != nil {
		t.Fatal(err)
	}
	compare("other process")
	if _, err := kept.Upsert(ctx, ls[:8]); err != nil { // reopens s1's 4 and 6
		t.Fatal(err)
	}
	compare("reopened")
}

func asJSON(v any) string {
	b, _ := json.MarshalIndent(v, "", " ")
	return strings.ReplaceAll(string(b), "\n", " ")
}

// TestWrittenCacheOrderStaysSmall: listings dropped once read do not pile
// up in the cache's order.
func TestWrittenCacheOrderStaysSmall(t *testing.T) {
	var c writtenCache
	c.setMax(1<<20, ReadCorpus)
	l := &model.Listing{ID: "a"}
	for i := range 100000 {
		k := fmt.Sprint("h", i)
		c.keep(k, l, 10)
		if i%10 != 0 && c.peek(k) == nil {
			t.Fatalf("%s not kept", k)
		}
	}
	if len(c.m) != 10000 || c.size != 100000 {
		t.Errorf("%d kept (%d bytes), want the 10000 never read", len(c.m), c.size)
	}
	if n := len(c.order) - c.head; n > 2*len(c.m)+1024 {
		t.Errorf("order holds %d keys for %d kept", n, len(c.m))
	}
}

// TestChangesKeptRowChangedBetweenReads: a listing another process
// rewrites between changesKept's two queries is read as one query reads
// it (the whole read starts over), never with the first query's columns
// and the second's data.
func TestChangesKeptRowChangedBetweenReads(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.SQLiteDSN(t)
	openStore := func() *sqlStore { return openDSN(t, dsn) }
	kept, other := openStore(), openStore()
	kept.KeepWritten(1<<20, ReadChanges)
	mk := func(i int, title string) *model.Listing {
		ext := fmt.Sprint(i)
		return &model.Listing{ID: model.ListingID("s", ext), Source: "s", ExternalID: ext, URL: "https://s.test/" + ext, Title: title,
			Text: "Pack boxes.", Risk: model.SeverityLow, Flags: []model.Flag{}}
	}
	var ls []*model.Listing
	for i := range 10 {
		ls = append(ls, mk(i, "Packer"))
	}
	if _, err := other.Upsert(ctx, ls[:3]); err != nil { // not kept: read by id in the second query
		t.Fatal(err)
	}
	if _, err := kept.Upsert(ctx, ls[3:]); err != nil {
		t.Fatal(err)
	}
	kept.written.betweenReads = func() {
		kept.written.betweenReads = nil
		if _, err := other.Upsert(ctx, []*model.Listing{mk(1, "Senior packer")}); err != nil {
			t.Error(err)
		}
	}
	got, err := kept.ChangesSince(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if kept.written.betweenReads != nil {
		t.Fatal("the two-query read did not run")
	}
	want, err := other.ChangesSince(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) || len(got) != 10 || got[9].Listing.Title != "Senior packer" {
		t.Fatalf("changed between the reads:\n got %s\nwant %s", asJSON(got), asJSON(want))
	}
}

// BenchmarkReadBack: the read-back of 1,000 just-stored listings (about
// 4 KB of JSON each, as a 250-word posting): the change feed
// (ChangesSince, as an index catches up) and the corpus rows
// (CorpusRowsSince), by a store that keeps what it writes and by one that
// keeps nothing. The upsert is not counted; cpu-ms/listing is the
// process's CPU time per listing read back by both.
func BenchmarkReadBack(b *testing.B) {
	words := strings.Fields("you will clean and merge survey answers build a small dashboard that tracks weekly sign-ups draft social " +
		"posts interview customers summarize needs write automated tests redesign onboarding screens research competitors")
	for _, keep := range []bool{false, true} {
		b.Run(fmt.Sprint("kept=", keep), func(b *testing.B) {
			ctx := context.Background()
			s, _ := MustOpen(b)
			if keep {
				s.KeepWritten(64<<20, ReadChanges|ReadCorpus)
			}
			rng := rand.New(rand.NewPCG(5, 6))
			n := 0
			var cpu time.Duration
			for b.Loop() {
				b.StopTimer()
				ls := make([]*model.Listing, 1000)
				for i := range ls {
					n++
					var w []string
					for range 250 {
						w = append(w, words[rng.IntN(len(words))])
					}
					text := strings.Join(w, " ")
					ext := fmt.Sprint(n)
					ls[i] = &model.Listing{ID: model.ListingID("b", ext), Source: "b", ExternalID: ext, URL: "https://b.test/" + ext,
						Title: "Data Analysis Micro-Internship " + ext, Company: "Acme Analytics", Locations: []string{"Remote (United States)"},
						Remote: model.RemoteRemote, RemoteRegions: []string{"US"}, Type: model.TypeMicroInternship, Skills: []string{"python", "sql"},
						Pay: &model.Pay{Min: 300, Max: 300, Currency: "USD", Unit: model.UnitProject, Source: model.FromText}, Hours: &model.Range{Min: 15, Max: 15},
						DescriptionHTML: "<p>" + text + "</p>", Text: text, Risk: model.SeverityLow, Fingerprint: "fp" + ext, TextSimHash: rng.Uint64(),
						Flags: []model.Flag{{ID: "VAGUE_NO_SUPERVISOR", Family: model.FamilyVague, Severity: model.SeverityLow, Reason: "No mentor is named."}}}
				}
				after, _ := s.MaxSeq(ctx)
				if _, err := s.Upsert(ctx, ls); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				c0 := cpuTime()
				readBack(b, s, after)
				cpu += cpuTime() - c0
			}
			b.ReportMetric(float64(cpu)/1e6/float64(n), "cpu-ms/listing")
		})
	}
}

// readBack reads what the index catch-up and the corpus recompute read
// after a crawl's writes: every change after seq after, then the corpus rows.
func readBack(b *testing.B, s *sqlStore, after int64) {
	ctx := context.Background()
	for seq := after; ; {
		cs, err := s.ChangesSince(ctx, seq, 1000)
		if err != nil {
			b.Fatal(err)
		}
		if len(cs) == 0 {
			break
		}
		seq = cs[len(cs)-1].Seq
	}
	if _, _, _, err := s.CorpusRowsSince(ctx, after); err != nil {
		b.Fatal(err)
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
