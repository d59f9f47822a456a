package ingest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/redflag"
)

// TestCorpusRecomputeDue: Put recomputes the cross-listing flags once the
// listings stored since the last recompute number a sixteenth of the
// corpus (at most maxStoredBeforeRecompute); a small corpus after every
// batch.
func TestCorpusRecomputeDue(t *testing.T) {
	cases := []struct {
		size    int64
		touched int
		want    bool
	}{
		{0, 0, false},
		{0, 1, true}, // the first recompute of a process
		{3, 1, true},
		{160, 9, false},
		{160, 10, true},
		{1_000_000, 3999, false},
		{1_000_000, maxStoredBeforeRecompute, true},
	}
	for _, c := range cases {
		var s corpusState
		s.size.Store(c.size)
		ids := make([]string, c.touched)
		for i := range ids {
			ids[i] = fmt.Sprint(i)
		}
		s.touch(ids)
		if got := s.dueInPut(); got != c.want {
			t.Errorf("corpus %d, %d touched: due %v, want %v", c.size, c.touched, got, c.want)
		}
	}
}

// TestCorpusFlagsAtFinish: on a corpus large enough that one listing does
// not make Put recompute, the run's Finish does: a copied template is
// flagged once its run is finished, before the run is recorded.
func TestCorpusFlagsAtFinish(t *testing.T) {
	ctx, st, p := corpusPipeline(t, 60*time.Second)
	words := strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango")
	var filler []model.Posting
	for i := range 40 { // unrelated ads: a corpus of 40
		var b strings.Builder
		for j := range 60 {
			b.WriteString(words[(i*7+j*j+j*i)%len(words)] + fmt.Sprint(i*100+j) + " ")
		}
		filler = append(filler, model.Posting{Source: "f", Kind: "test", ExternalID: fmt.Sprint(i), URL: fmt.Sprint("https://f.test/", i),
			Title: fmt.Sprint("Role ", i), Company: fmt.Sprint("Company ", i), DescriptionText: b.String()})
	}
	text := strings.Repeat("Process online orders from home, answer buyers and update the order sheet every evening. ", 6)
	scam := func(source, company string) model.Posting {
		return model.Posting{Source: source, Kind: "test", ExternalID: "1", URL: "https://" + source + ".test/1",
			Title: "Order Processor", Company: company, DescriptionText: text, PayText: "$18 per hour"}
	}
	runOf := func(source string) *crawler.Run {
		return &crawler.Run{Source: source, Kind: "test", Status: crawler.StatusOK, StartedAt: st.Now(), Seen: map[string]struct{}{}}
	}
	fr := runOf("f")
	for i := range filler {
		fr.Seen[filler[i].ExternalID] = struct{}{}
	}
	if err := p.Put(ctx, fr, append(filler, scam("a", "Acme Orders"))); err != nil {
		t.Fatal(err)
	}
	if err := p.Finish(ctx, fr); err != nil {
		t.Fatal(err)
	}
	reused := func(source string) bool {
		t.Helper()
		l, err := st.Get(ctx, model.ListingID(source, "1"))
		if err != nil {
			t.Fatal(err)
		}
		return l.HasFlag(redflag.ScamTemplateReuse)
	}
	run := runOf("c")
	run.Seen["1"] = struct{}{}
	if err := p.Put(ctx, run, []model.Posting{scam("c", "Zenith Fulfilment")}); err != nil {
		t.Fatal(err)
	}
	if reused("c") {
		t.Fatal("Put recomputed for one listing in a corpus of 42 (want it left to Finish)")
	}
	if err := p.Finish(ctx, run); err != nil {
		t.Fatal(err)
	}
	if !reused("c") || !reused("a") {
		t.Errorf("after Finish: copy flagged %v, original flagged %v; want both", reused("c"), reused("a"))
	}
}
