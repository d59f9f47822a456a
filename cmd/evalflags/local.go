package main

import (
	"fmt"
	"io"
	"os"

	"github.com/gigscout/gigscout/internal/ingest"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/redflag"
)

// repoExamples is the labelled data committed in the repository (our own
// invented listings, examples.jsonl format), relative to the module root.
const repoExamples = "testdata/redflags/examples.jsonl"

// evaluateExamples scores the engine on labelled examples at path, taken as
// one corpus: span precision and recall per flag and the traps (not_flags)
// that fired.
func evaluateExamples(path string, eng *redflag.Engine) (spanMetrics, error) {
	exs, err := loadExamples(path)
	if err != nil {
		return spanMetrics{}, err
	}
	ls := make([]*model.Listing, len(exs))
	for i := range exs {
		ls[i] = assess(examplePosting(&exs[i], ""), eng)
	}
	// The examples are one corpus for the cross-listing signals, as a
	// store's open listings are.
	eng.ApplyCorpus(ls, redflag.CorpusFlags(ingest.CorpusEntries(ls)))
	cases := make([]caseResult, 0, len(exs))
	for i := range exs {
		ex, l := &exs[i], ls[i]
		cases = append(cases, caseResult{
			ID: ex.ID, Gold: ex.Flags, Traps: ex.NotFlags, Pred: l.Flags,
			Fields: map[string]string{"title": l.Title, "company": l.Company, "company_info": l.CompanyInfo,
				"text": l.Text, "pay_text": l.PayText, "employment_type": l.EmploymentType},
		})
	}
	var ids []string
	for _, r := range redflag.Rules() {
		ids = append(ids, r.ID)
	}
	return scoreSpans(cases, ids), nil
}

// runRepoExamples prints the metrics on the repository's own examples
// (always present in a clone) and returns false if they could not be read.
func runRepoExamples(w io.Writer, path string, eng *redflag.Engine, verbose bool) bool {
	m, err := evaluateExamples(path, eng)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return false
	}
	fmt.Fprintf(w, "== %s (in the repository): span precision / recall per flag\n", path)
	fmt.Fprintf(w, "  %-26s %6s %6s  %s\n", "flag", "P", "R", "tp fp found/gold")
	for _, s := range m.Flags {
		if s.Unlabeled && s.Found == 0 {
			continue
		}
		fmt.Fprintf(w, "  %-26s %6s %6s  %d %d %d/%d\n", s.ID, pct(s.Precision), pct(s.Recall), s.TP, s.FP, s.Found, s.Gold)
	}
	fmt.Fprintf(w, "traps (not_flags): %d of %d fired\n", m.TrapsFired, len(m.Traps))
	for _, t := range m.Traps {
		if t.Fired || verbose {
			fmt.Fprintf(w, "  %-8s %-24s %-28.28q fired=%v\n", t.Example, t.Flag, t.Text, t.Fired)
		}
	}
	for _, u := range m.Unlocated {
		fmt.Fprintf(w, "gold span not found in our text: %s\n", u)
	}
	fmt.Fprintln(w)
	return true
}
