package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
)

// labelAgreement normalizes n generated listings as ingest reads them (the
// Greenhouse adapter's posting) and counts, per facet the peers index
// (remote, type, paid), how often gigscout's reading equals the
// generator's label, with the most common disagreements.
func labelAgreement(n int) (agree map[string]int, misses map[string]map[string]int) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	c := &corpus{N: n, BoardSize: 100, Now: now}
	opts := normalize.Options{Now: now}
	agree = map[string]int{}
	// "filters only": remote=remote&type=internship&paid=true by the labels
	// (what the peers index) and by gigscout's reading.
	misses = map[string]map[string]int{"remote": {}, "type": {}, "paid": {}}
	for k := range n {
		b, i := k/c.BoardSize, k%c.BoardSize
		p := c.posting(b, i)
		post := generatedPosting(c, b, i)
		l := normalize.Normalize(&post, opts)
		paid := l.Pay != nil && !l.Unpaid && l.Pay.Max > 0
		if p.Remote == "remote" && p.Type == "internship" && p.Paid {
			agree["filter labels"]++
		}
		if l.Remote == model.RemoteRemote && l.Type == model.TypeInternship && paid {
			agree["filter read"]++
		}
		for _, f := range []struct{ name, label, got, ctx string }{
			{"remote", p.Remote, string(l.Remote), p.Location + " " + onsiteLine(p.Text)},
			{"type", p.Type, string(l.Type), titleShape(p.Title)},
			{"paid", fmt.Sprint(p.Paid), fmt.Sprint(paid), payLine(p.Text)},
		} {
			if f.label == f.got {
				agree[f.name]++
			} else {
				misses[f.name][fmt.Sprintf("label %s, read %s: %s", f.label, f.got, f.ctx)]++
			}
		}
	}
	return agree, misses
}

// titleShape is a title's level word and role, the parts the type label
// comes from: "Remote … Intern".
func titleShape(title string) string {
	f := strings.Fields(title)
	head := ""
	for _, lv := range titleLevels {
		if lv != "" && strings.HasPrefix(title, lv) {
			head = strings.TrimSpace(lv) + " "
		}
	}
	return head + "… " + f[len(f)-1]
}

// payLine is the generated text's pay sentence, for the miss report.
func payLine(text string) string {
	for _, s := range strings.Split(text, "\n") {
		for _, w := range []string{"pay", "Pay", "stipend", "fee", "rate", "earn", "Compensation", "unpaid"} {
			if strings.Contains(s, w) && len(s) < 200 {
				return s
			}
		}
	}
	return "(no pay sentence)"
}

// TestGeneratorLabelsAgree checks that the generator's labels are what
// gigscout's normalizer reads from the generated listings on at least 95 %
// of 2,000 listings per facet; the misses are logged by kind.
func TestGeneratorLabelsAgree(t *testing.T) {
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("GIGBENCH_LABELS_N")); err == nil && v > 0 {
		n = v // a larger measurement on demand
	}
	agree, misses := labelAgreement(n)
	t.Logf("remote=remote&type=internship&paid=true: %d by the labels, %d by the normalizer", agree["filter labels"], agree["filter read"])
	for _, f := range []string{"remote", "type", "paid"} {
		share := float64(agree[f]) / float64(n)
		t.Logf("%-6s %4d/%d agree (%.1f %%)", f, agree[f], n, 100*share)
		type kv struct {
			k string
			v int
		}
		var top []kv
		for k, v := range misses[f] {
			top = append(top, kv{k, v})
		}
		sort.Slice(top, func(i, j int) bool { return top[i].v > top[j].v || top[i].v == top[j].v && top[i].k < top[j].k })
		for _, m := range top[:min(8, len(top))] {
			t.Logf("  %4d × %s", m.v, m.k)
		}
		if share < 0.95 {
			t.Errorf("%s: generator labels agree with the normalizer on %.1f %%, want >= 95 %%", f, 100*share)
		}
	}
}

// onsiteLine is the on-site sentence of a generated text, if any.
func onsiteLine(text string) string {
	for _, t := range onsiteTemplates {
		head := strings.SplitN(t, "%", 2)[0]
		if head != "" && strings.Contains(text, head) {
			return "«" + head + "»"
		}
	}
	return ""
}
