package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/store"
)

// TestCorpusFlagsFollowListings: the same long ad text under two employer
// names raises SCAM_TEMPLATE_REUSE on both when the second arrives, naming
// the other; it goes when one of them closes. One employer on two boards
// raises nothing.
func TestCorpusFlagsFollowListings(t *testing.T) {
	ctx, st, p := corpusPipeline(t, 30*time.Second)
	text := strings.Repeat("Process online orders from home, answer buyers and update the order sheet every evening. ", 6)
	post := func(source, id, company string) model.Posting {
		return model.Posting{Source: source, Kind: "test", ExternalID: id, URL: "https://" + source + ".test/" + id,
			Title: "Order Processor", Company: company, DescriptionText: text, PayText: "$18 per hour"}
	}
	put := func(source string, ps ...model.Posting) {
		t.Helper()
		run := &crawler.Run{Source: source, Kind: "test", StartedAt: st.Now(), Seen: map[string]struct{}{}}
		if err := p.Put(ctx, run, ps); err != nil {
			t.Fatal(err)
		}
	}
	reuse := func(source, id string) *model.Flag {
		t.Helper()
		l, err := st.Get(ctx, model.ListingID(source, id))
		if err != nil {
			t.Fatal(err)
		}
		for i := range l.Flags {
			if l.Flags[i].ID == redflag.ScamTemplateReuse {
				if l.Risk != model.SeverityHigh {
					t.Errorf("%s/%s: risk %s with a high reuse flag", source, id, l.Risk)
				}
				return &l.Flags[i]
			}
		}
		return nil
	}

	put("a", post("a", "1", "Acme Orders"))
	put("b", post("b", "1", "Acme Orders")) // one employer on two boards
	if reuse("a", "1") != nil || reuse("b", "1") != nil {
		t.Fatal("one employer on two boards was flagged")
	}
	put("c", post("c", "9", "Zenith Fulfilment"))
	f := reuse("c", "9")
	if f == nil {
		t.Fatal("the same text under another name was not flagged")
	}
	if len(f.Others) != 2 || f.Others[0].Company != "Acme Orders" || !strings.HasPrefix(f.Others[0].URL, "https://") {
		t.Errorf("others = %+v", f.Others)
	}
	if reuse("a", "1") == nil {
		t.Error("the earlier listing was not flagged when the copy arrived")
	}

	// Board c closes its listing: the others are clean again.
	run := &crawler.Run{Source: "c", Kind: "test", Status: crawler.StatusOK, StartedAt: st.Now().Add(time.Hour), Seen: map[string]struct{}{}}
	if err := p.Finish(ctx, run); err != nil {
		t.Fatal(err)
	}
	if run.Closed != 1 {
		t.Fatalf("closed %d", run.Closed)
	}
	if reuse("a", "1") != nil || reuse("b", "1") != nil {
		t.Error("flags stayed after the copy closed")
	}
}

// TestCorpusIncrementalMatchesFull: after runs that add, change and
// close listings (each recomputed incrementally), a pipeline that starts
// afresh and recomputes every listing finds exactly the flags stored.
func TestCorpusIncrementalMatchesFull(t *testing.T) {
	ctx, st, p := corpusPipeline(t, 60*time.Second)
	texts := []string{
		strings.Repeat("Process online orders from home, answer buyers and update the order sheet every evening. ", 6),
		strings.Repeat("Review invoices for our accounting team, reconcile vendor statements and flag any gaps. ", 6),
		strings.Repeat("Moderate comments on our community forum and write a short weekly report for the editors. ", 6),
	}
	var ids []string
	post := func(source, id, company string, text int, extra string) model.Posting {
		ids = append(ids, model.ListingID(source, id))
		return model.Posting{Source: source, Kind: "test", ExternalID: id, URL: "https://" + source + ".test/" + id,
			Title: "Assistant", Company: company, DescriptionText: texts[text] + extra, PayText: "$18 per hour"}
	}
	put := func(source string, ps ...model.Posting) {
		t.Helper()
		run := &crawler.Run{Source: source, Kind: "test", StartedAt: st.Now(), Seen: map[string]struct{}{}}
		if err := p.Put(ctx, run, ps); err != nil {
			t.Fatal(err)
		}
		run.Status = crawler.StatusPartial // ends the run, closes nothing
		if err := p.Finish(ctx, run); err != nil {
			t.Fatal(err)
		}
	}
	check := func(step string) {
		t.Helper()
		incrementalEqualsFull(t, ctx, st, ids, step)
	}
	put("a", post("a", "1", "Acme Orders", 0, ""), post("a", "2", "Ledger Co", 1, ""))
	put("b", post("b", "1", "Acme Orders", 0, " Start Monday."), post("b", "2", "Forum Ltd", 2, ""))
	check("first batches")
	put("c", post("c", "1", "Zenith Fulfilment", 0, " Weekly pay."), post("c", "2", "Quiet Books", 1, ""))
	put("d", post("d", "1", "Nameless", 2, ""), post("d", "2", "Nameless", 2, " Remote."), post("d", "3", "Nameless", 2, " Flexible hours."))
	check("copies under other names")
	put("a", post("a", "2", "Ledger Co", 2, " Now forum work.")) // a changed text
	check("a changed listing")
	// Source c and part of d close.
	for _, src := range []string{"c", "d"} {
		run := &crawler.Run{Source: src, Kind: "test", Status: crawler.StatusOK, StartedAt: st.Now().Add(time.Hour), Seen: map[string]struct{}{}}
		if src == "d" {
			run.Seen["1"] = struct{}{}
		}
		if err := p.Finish(ctx, run); err != nil {
			t.Fatal(err)
		}
	}
	check("closes")
	flagged := countFlagged(t, st, ids, redflag.ScamTemplateReuse)
	t.Logf("%d listings flagged at the end", flagged)
}

// TestCorpusDetailsWaitForIdle: while another run is active, a change
// that only adds a listing to the ones a flag counts waits; flags that
// appear (and so the risk) are written at once; when the pipeline goes
// idle every flag is what a full recompute finds.
func TestCorpusDetailsWaitForIdle(t *testing.T) {
	ctx, st, p := corpusPipeline(t, 30*time.Second)
	text := strings.Repeat("Process online orders from home, answer buyers and update the order sheet every evening. ", 6)
	var ids []string
	put := func(source string) {
		t.Helper()
		run := &crawler.Run{Source: source, Kind: "test", StartedAt: st.Now(), Seen: map[string]struct{}{}}
		ps := []model.Posting{{Source: source, Kind: "test", ExternalID: "1", URL: "https://" + source + ".test/1",
			Title: "Order Processor", Company: "Company " + source, DescriptionText: text, PayText: "$18 per hour"}}
		if err := p.Put(ctx, run, ps); err != nil {
			t.Fatal(err)
		}
		run.Status = crawler.StatusPartial // ends the run, closes nothing
		if err := p.Finish(ctx, run); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, model.ListingID(source, "1"))
	}
	reason := func(source string) string {
		t.Helper()
		l, err := st.Get(ctx, model.ListingID(source, "1"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range l.Flags {
			if f.ID == redflag.ScamTemplateReuse {
				if l.Risk != model.SeverityHigh {
					t.Errorf("%s: risk %s with a high reuse flag", source, l.Risk)
				}
				return f.Reason
			}
		}
		return ""
	}
	for _, s := range []string{"a", "b", "c", "d", "e", "f"} { // idle: written at once
		put(s)
	}
	if r := reason("a"); r == "" || strings.Contains(r, "not listed") {
		t.Fatalf("six copies: a's reason %q", r)
	}
	other := &crawler.Run{Source: "z"}
	p.runStarted(other) // another crawl is running
	put("g")
	if r := reason("g"); !strings.HasSuffix(r, "(1 more not listed)") {
		t.Fatalf("a new flag waited: g's reason %q", r)
	}
	if r := reason("a"); strings.Contains(r, "not listed") {
		t.Fatalf("a's count changed before idle: %q", r)
	}
	p.runEnded(other)
	p.settle(ctx)
	if r := reason("a"); !strings.HasSuffix(r, "(1 more not listed)") {
		t.Fatalf("idle: a's reason %q", r)
	}
	before, err := st.GetMany(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if err := (&Pipeline{Store: st, Engine: redflag.New(redflag.Options{})}).RecomputeCorpus(ctx); err != nil {
		t.Fatal(err)
	}
	after, err := st.GetMany(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("after idle, incremental %+v\nfull %+v", before, after)
	}
}

// corpusPipeline opens a fresh SQLite store in a temporary directory and a
// pipeline over it with the default red-flag engine, for the corpus tests;
// the store closes and the context ends when the test does.
func corpusPipeline(t *testing.T, timeout time.Duration) (context.Context, store.Store, *Pipeline) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return ctx, st, &Pipeline{Store: st, Engine: redflag.New(redflag.Options{})}
}

// incrementalEqualsFull checks that the flags and risk the pipeline left on
// ids equal what a full cross-listing recompute over the store gives.
func incrementalEqualsFull(t *testing.T, ctx context.Context, st store.Store, ids []string, step string) {
	t.Helper()
	before, err := st.GetMany(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	fresh := &Pipeline{Store: st, Engine: redflag.New(redflag.Options{})}
	if err := fresh.RecomputeCorpus(ctx); err != nil {
		t.Fatal(err)
	}
	after, err := st.GetMany(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for i := range before {
		if !reflect.DeepEqual(before[i].Flags, after[i].Flags) || before[i].Risk != after[i].Risk {
			t.Errorf("%s: %s: incremental %v (%s), full %v (%s)", step, before[i].ID, before[i].Flags, before[i].Risk, after[i].Flags, after[i].Risk)
		}
	}
}

// TestCorpusLastRunRecomputes: on a corpus large enough that Put leaves
// the cross-listing recompute for later (corpusState.dueInPut), a run that
// finishes while another runs leaves its listings touched; the last run to
// finish recomputes, and every flag is then what a full recompute finds.
func TestCorpusLastRunRecomputes(t *testing.T) {
	ctx, st, p := corpusPipeline(t, 30*time.Second)
	p.corpus.size.Store(1 << 20) // a large corpus: Put recomputes only past maxStoredBeforeRecompute
	text := strings.Repeat("Process online orders from home, answer buyers and update the order sheet every evening. ", 6)
	var ids []string
	start := func(source string) *crawler.Run {
		t.Helper()
		run := &crawler.Run{Source: source, Kind: "test", StartedAt: st.Now(), Seen: map[string]struct{}{}}
		var ps []model.Posting
		for i := range 3 {
			ext := fmt.Sprint(i)
			ps = append(ps, model.Posting{Source: source, Kind: "test", ExternalID: ext, URL: "https://" + source + ".test/" + ext,
				Title: "Order Processor", Company: "Company " + source + ext, DescriptionText: text, PayText: "$18 per hour"})
			ids = append(ids, model.ListingID(source, ext))
		}
		if err := p.Put(ctx, run, ps); err != nil {
			t.Fatal(err)
		}
		run.Status = crawler.StatusPartial // closes nothing
		return run
	}
	a, b := start("a"), start("b")
	if n := p.corpus.nTouched(); n != 6 {
		t.Fatalf("after two Puts on a large corpus: %d listings touched, want 6 (not recomputed yet)", n)
	}
	if err := p.Finish(ctx, a); err != nil {
		t.Fatal(err)
	}
	if n := p.corpus.nTouched(); n != 6 {
		t.Errorf("a finished while b runs: %d listings touched, want 6 (left to the last run)", n)
	}
	if err := p.Finish(ctx, b); err != nil {
		t.Fatal(err)
	}
	if n := p.corpus.nTouched(); n != 0 {
		t.Errorf("the last run finished: %d listings touched, want 0", n)
	}
	flagged := countFlagged(t, st, ids, redflag.ScamTemplateReuse)
	if flagged != len(ids) {
		t.Errorf("%d of %d copies flagged after the last run", flagged, len(ids))
	}
	incrementalEqualsFull(t, ctx, st, ids, "last run")
}

// countFlagged counts the listings of ids in st that carry flag.
func countFlagged(t *testing.T, st store.Store, ids []string, flag string) int {
	t.Helper()
	ls, err := st.GetMany(context.Background(), ids)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range ls {
		if l.HasFlag(flag) {
			n++
		}
	}
	return n
}
