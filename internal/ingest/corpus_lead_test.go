package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/redflag"
)

// TestCorpusLeadCopyThroughStore: an opening pitch copied word for word
// (or with a word changed) under another employer's name, with the rest of the ad rewritten, is
// flagged through the store (whose corpus rows keep only the text's
// opening) on both listings; the same employer reusing its opening is not;
// the flag goes when the copy's opening is rewritten; and a fresh pipeline
// recomputing everything finds what the incremental runs stored.
func TestCorpusLeadCopyThroughStore(t *testing.T) {
	ctx, st, p := corpusPipeline(t, 60*time.Second)
	pitch := "Work from your kitchen table and earn a steady second income helping our logistics partners. " +
		"We are growing quickly in every state and need dependable people to confirm shipments, reply to " +
		"short customer messages and keep a simple tracking sheet current. Training takes one afternoon and " +
		"you can choose your own hours from the very first week.\n\n"
	bodies := []string{
		strings.Repeat("Each morning you receive a list of parcels, compare the labels with the manifest and note any that are missing. ", 5),
		strings.Repeat("Our support desk needs someone to sort incoming tickets by urgency and forward billing questions to finance. ", 5),
		strings.Repeat("You will photograph returned items, grade their condition on a five point scale and upload the results nightly. ", 5),
	}
	post := func(source, id, company, text string) model.Posting {
		return model.Posting{Source: source, Kind: "test", ExternalID: id, URL: "https://" + source + ".test/" + id,
			Title: "Remote Assistant", Company: company, DescriptionText: text, PayText: "$17 per hour"}
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
	reuse := func(source, id string) *model.Flag {
		t.Helper()
		l, err := st.Get(ctx, model.ListingID(source, id))
		if err != nil {
			t.Fatal(err)
		}
		for i := range l.Flags {
			if l.Flags[i].ID == redflag.ScamTemplateReuse {
				return &l.Flags[i]
			}
		}
		return nil
	}

	put("a", post("a", "1", "Relay Freight Partners", pitch+bodies[0]), post("a", "2", "Relay Freight Partners", pitch+bodies[1]))
	if reuse("a", "1") != nil || reuse("a", "2") != nil {
		t.Fatal("one employer reusing its own opening was flagged")
	}
	put("b", post("b", "7", "Quickship Home Jobs", pitch+bodies[2]))
	f := reuse("b", "7")
	if f == nil || !strings.Contains(f.Reason, "opening paragraph copied") || f.Severity != model.SeverityHigh {
		t.Fatalf("the copied opening was not flagged: %+v", f)
	}
	if len(f.Others) != 2 || f.Others[0].Company != "Relay Freight Partners" {
		t.Errorf("others = %+v", f.Others)
	}
	if g := reuse("a", "1"); g == nil || len(g.Others) != 1 || g.Others[0].Company != "Quickship Home Jobs" {
		t.Errorf("the original did not name the copy: %+v", g)
	}
	check := func(when string) {
		t.Helper()
		fresh := &Pipeline{Store: st, Engine: redflag.New(redflag.Options{})}
		want := map[string]*model.Flag{}
		for _, k := range [][2]string{{"a", "1"}, {"a", "2"}, {"b", "7"}} {
			want[k[0]+k[1]] = reuse(k[0], k[1])
		}
		if err := fresh.RecomputeCorpus(ctx); err != nil {
			t.Fatal(err)
		}
		for _, k := range [][2]string{{"a", "1"}, {"a", "2"}, {"b", "7"}} {
			got, w := reuse(k[0], k[1]), want[k[0]+k[1]]
			if (got == nil) != (w == nil) || (got != nil && !redflag.SameReuse(*got, *w)) {
				t.Fatalf("%s: %s/%s: full recompute %+v, incremental %+v", when, k[0], k[1], got, w)
			}
		}
	}
	check("copied")

	// The copy changes a word of its opening: still the same pitch.
	put("b", post("b", "7", "Quickship Home Jobs", strings.Replace(pitch, "dependable", "reliable", 1)+bodies[2]))
	if f := reuse("b", "7"); f == nil || !strings.Contains(f.Reason, "opening paragraph copied") {
		t.Fatalf("the copy with one word of its opening changed was not flagged: %+v", f)
	}
	check("one word changed")

	// The copy rewrites its opening: nothing is left to flag.
	put("b", post("b", "7", "Quickship Home Jobs", "Sort and grade returned items at home. "+bodies[2]))
	if reuse("b", "7") != nil || reuse("a", "1") != nil {
		t.Fatal("flags stayed after the opening was rewritten")
	}
	check("rewritten")
}
