package ingest

import (
	"math/bits"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
)

// TestCorpusNearSimHashConfirmed: two unrelated ads (written by the
// benchmark's generator for two employers) whose SimHashes are 12 bits
// apart, inside the template window, are not flagged: their texts share
// almost nothing. A real copy of one under a third employer is flagged,
// with the one it copies and not the stranger; and after each step a
// fresh pipeline recomputing everything finds what the incremental runs
// stored.
func TestCorpusNearSimHashConfirmed(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", "corpus", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	textA, textB := read("simhash_near_a.txt"), read("simhash_near_b.txt")
	ctx, st, p := corpusPipeline(t, 60*time.Second)
	var ids []string
	post := func(source, id, company, text string) model.Posting {
		ids = append(ids, model.ListingID(source, id))
		return model.Posting{Source: source, Kind: "test", ExternalID: id, URL: "https://" + source + ".test/" + id,
			Title: "Project", Company: company, DescriptionText: text, PayText: "$18 per hour"}
	}
	put := func(source string, ps ...model.Posting) {
		t.Helper()
		run := &crawler.Run{Source: source, Kind: "test", StartedAt: st.Now(), Seen: map[string]struct{}{}}
		if err := p.Put(ctx, run, ps); err != nil {
			t.Fatal(err)
		}
		run.Status = crawler.StatusPartial
		if err := p.Finish(ctx, run); err != nil {
			t.Fatal(err)
		}
	}
	flagged := func() map[string]bool {
		t.Helper()
		ls, err := st.GetMany(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, l := range ls {
			if l.HasFlag(redflag.ScamTemplateReuse) {
				out[l.ExternalID] = true
			}
		}
		return out
	}
	check := func(step string, want ...string) {
		t.Helper()
		got := flagged()
		if len(got) != len(want) {
			t.Fatalf("%s: flagged %v, want %v", step, got, want)
		}
		for _, id := range want {
			if !got[id] {
				t.Fatalf("%s: flagged %v, want %v", step, got, want)
			}
		}
		incrementalEqualsFull(t, ctx, st, ids, step)
	}

	put("a", post("a", "1", "Northwind Analytics", textA))
	put("b", post("b", "2", "Halcyon Analytics", textB))
	ls, err := st.GetMany(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if d := bits.OnesCount64(ls[0].TextSimHash ^ ls[1].TextSimHash); d > 12 || normalize.NearDuplicate(ls[0].TextSimHash, ls[1].TextSimHash) {
		t.Fatalf("the two ads' SimHashes are %d bits apart; the test needs them inside the 12-bit template window (and not duplicates)", d)
	}
	check("two unrelated ads near in SimHash")

	copied := strings.Replace(strings.Replace(textA, "Northwind Analytics", "Lumen Careers Hub", 1), "$18 an hour", "$24 an hour", 1)
	put("c", post("c", "3", "Lumen Careers Hub", copied))
	check("a copy of one under a third name", "1", "3")

	// The copy is rewritten into another unrelated ad: nothing is left.
	put("c", post("c", "3", "Lumen Careers Hub", strings.Repeat("Photograph returned parcels, grade their condition and upload the results nightly. ", 8)))
	check("the copy rewritten")
}
