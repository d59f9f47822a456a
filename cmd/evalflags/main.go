// Command evalflags measures the red-flag engine on the shared labelled
// data: per-flag span precision and recall and the false-positive traps on
// examples.jsonl, and listing-level scam detection on the EMSCAD sample.
//
//	go run ./cmd/evalflags [-shared ../shared] [-json] [-v]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
)

// report is everything evalflags measures.
type report struct {
	Examples spanMetrics `json:"examples"`
	// Agreement is per-flag Cohen's kappa against the reviewers' labels of
	// examples.jsonl.
	Agreement []agreement `json:"agreement"`
	// EMSCAD scores the ads as the data comes: EMSCAD has no employer
	// names, so every ad reaches the rules without one.
	EMSCAD listingMetrics `json:"emscad"`
	// Named scores them with a neutral employer name per company profile,
	// as a crawled listing always carries one: recall here cannot rest on
	// a missing name.
	Named listingMetrics `json:"emscad_named"`
	// Parts are the design and held parts, in both ways (split all only).
	Parts []partMetrics `json:"parts,omitempty"`
	// AgreementParts is Agreement on the examples of the design and held
	// parts apart (an example falls in the part of its EMSCAD job id, or
	// of its own id when it has none).
	AgreementParts []partAgreement `json:"agreement_parts,omitempty"`
	// Crawled is the scam flags' false alarms on the real board payloads
	// of ../shared/fixtures (nil when there are none).
	Crawled *crawledMetrics `json:"crawled,omitempty"`
	// PersonalData is SCAM_PERSONAL_DATA's agreement with our own labels
	// of the EMSCAD sample (the shared data has no reviewer labels for
	// it); nil when no label file was given.
	PersonalData *ownAgreement `json:"personal_data_own_labels,omitempty"`
}

// partAgreement is per-flag agreement on one part of the examples.
type partAgreement struct {
	Part      string      `json:"part"`
	Examples  int         `json:"examples"`
	Agreement []agreement `json:"agreement"`
}

// partMetrics scores one part of the sample both ways.
type partMetrics struct {
	Part  string         `json:"part"`
	AsIs  listingMetrics `json:"as_is"`
	Named listingMetrics `json:"named"`
}

func main() {
	fs := flag.NewFlagSet("evalflags", flag.ContinueOnError)
	shared := fs.String("shared", "../shared", "the shared `dir`ectory holding redflags/")
	asJSON := fs.Bool("json", false, "print the metrics as JSON")
	verbose := fs.Bool("v", false, "list missed fraudulent ads and false alarms")
	show := fs.String("show", "", "print the flags of the EMSCAD ad or example with this `id`")
	split := fs.String("split", "all", "score only this part of the EMSCAD sample: all, design or held (a fixed hash split; see holdout)")
	data := fs.String("data", repoExamples, "the repository's own labelled examples (examples.jsonl format); \"\" to skip")
	list := fs.Bool("list", false, "list every EMSCAD ad of the -split part with its flags, employers named (for rule design: use -split design)")
	labels := fs.String("labels", ownLabelsFile, "our own personal-data labels of the EMSCAD sample (job_id<TAB>0|1<TAB>reason); \"\" to skip")
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	eng := redflag.New(redflag.Options{})
	if *show != "" {
		if err := showOne(os.Stdout, *shared, *show, eng); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	part, err := parseSplit(*split)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if *list {
		if err := listPart(os.Stdout, *shared, part, eng); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if *data != "" && !*asJSON {
		if !runRepoExamples(os.Stdout, *data, eng, *verbose) {
			os.Exit(1)
		}
		if _, err := os.Stat(sharedFile(*shared, "examples.jsonl")); err != nil {
			fmt.Printf("shared labelled data not found under %s: only the repository's examples were scored\n", *shared)
			return
		}
		fmt.Printf("== %s (the shared sample)\n", *shared)
	}
	rep, err := evaluateSplit(*shared, *labels, eng, part)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			os.Exit(1)
		}
		return
	}
	printReport(os.Stdout, rep, *verbose)
}

// normOpts fixes the clock so runs are reproducible.
var normOpts = normalize.Options{Now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}

// assess normalizes and assesses one posting.
func assess(p model.Posting, eng *redflag.Engine) *model.Listing {
	l := normalize.Normalize(&p, normOpts)
	eng.Assess(l)
	return l
}

// evaluate runs the engine over the shared data and scores it: the whole
// EMSCAD sample and, apart, its design and held parts.
func evaluate(shared, labels string, eng *redflag.Engine) (report, error) {
	return evaluateSplit(shared, labels, eng, splitAll)
}

// evaluateSplit is evaluate on one part of the EMSCAD sample (with
// splitAll, the design and held parts are scored too). The whole sample is
// one corpus for the cross-listing signals whichever part is scored, as
// the store is in production. labels is our own personal-data label file
// ("" for none).
func evaluateSplit(shared, labels string, eng *redflag.Engine, part splitPart) (report, error) {
	var rep report
	rows, err := loadEMSCAD(sharedFile(shared, "emscad_sample.csv"))
	if err != nil {
		return rep, err
	}
	exs, err := loadExamples(sharedFile(shared, "examples.jsonl"))
	if err != nil {
		return rep, err
	}
	profiles := map[string]string{}
	for _, r := range rows {
		profiles[r.ID] = r.Posting.CompanyInfo
	}
	asIs := assessCorpus(rows, false, eng)
	named := assessCorpus(rows, true, eng)
	rep.EMSCAD = scoreListings(results(rows, asIs, part), naturalFraudRate)
	rep.Named = scoreListings(results(rows, named, part), naturalFraudRate)
	if part == splitAll {
		for _, p := range []splitPart{splitDesign, splitHeld} {
			rep.Parts = append(rep.Parts, partMetrics{Part: p.String(),
				AsIs:  scoreListings(results(rows, asIs, p), naturalFraudRate),
				Named: scoreListings(results(rows, named, p), naturalFraudRate)})
		}
	}
	if labels != "" {
		lab, err := readOwnLabels(labels)
		if err != nil {
			return rep, err
		}
		o := scoreOwnLabels(redflag.ScamPersonalData, rows, asIs, named, lab)
		rep.PersonalData = &o
	}

	if cm, ok, err := scoreCrawled(shared, eng); err != nil {
		return rep, err
	} else if ok {
		rep.Crawled = &cm
	}

	cases := make([]caseResult, 0, len(exs))
	for i := range exs {
		ex := &exs[i]
		l := assess(examplePosting(ex, profiles[ex.jobID()]), eng)
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
	rep.Examples = scoreSpans(cases, ids)
	rep.Agreement = agreements(cases)
	for _, p := range []splitPart{splitDesign, splitHeld} {
		var sub []caseResult
		for i := range exs {
			key := exs[i].jobID()
			if key == "" {
				key = exs[i].ID
			}
			if p.includes(key) {
				sub = append(sub, cases[i])
			}
		}
		rep.AgreementParts = append(rep.AgreementParts, partAgreement{Part: p.String(), Examples: len(sub), Agreement: agreements(sub)})
	}
	return rep, nil
}

func pct(f float64) string {
	if f < 0 {
		return "   -  "
	}
	return fmt.Sprintf("%5.1f%%", 100*f)
}

func printReport(w io.Writer, rep report, verbose bool) {
	ex, em := rep.Examples, rep.EMSCAD
	fmt.Fprintf(w, "examples.jsonl: span precision / recall per flag\n")
	fmt.Fprintf(w, "  %-26s %6s %6s  %s\n", "flag", "P", "R", "tp fp found/gold")
	for _, s := range ex.Flags {
		note := ""
		if s.Unlabeled {
			note = "  (no gold labels)"
		}
		fmt.Fprintf(w, "  %-26s %6s %6s  %d %d %d/%d%s\n", s.ID, pct(s.Precision), pct(s.Recall), s.TP, s.FP, s.Found, s.Gold, note)
	}
	fmt.Fprintf(w, "traps (not_flags): %d of %d fired\n", ex.TrapsFired, len(ex.Traps))
	for _, t := range ex.Traps {
		state := "ok"
		switch {
		case t.Fired:
			state = "FIRED"
		case t.Elsewhere:
			state = "ok (fired on other words)"
		}
		fmt.Fprintf(w, "  %-14s %-22s %-28.28q %s\n", t.Example, t.Flag, t.Text, state)
	}
	if len(ex.Unknown) > 0 {
		fmt.Fprintf(w, "labels with no rule: %v\n", ex.Unknown)
	}
	for _, u := range ex.Unlocated {
		fmt.Fprintf(w, "gold span not found in our text: %s\n", u)
	}
	fmt.Fprintf(w, "\nper-flag agreement with reviewers (Cohen's kappa over the %d examples; a flag counts when it fires anywhere):\n", exampleCount(rep))
	for _, a := range rep.Agreement {
		k := "   -  "
		if a.Defined {
			k = fmt.Sprintf("%6.2f", a.Kappa)
		}
		note := ""
		if a.GoldYes == 0 {
			note = "  (no reviewer labels: not measurable here)"
		}
		fmt.Fprintf(w, "  %-26s kappa %s  both %d, only ours %d, only reviewers %d, neither %d%s\n", a.ID, k, a.Both, a.OnlyOurs, a.OnlyGold, a.Neither, note)
	}

	for _, pa := range rep.AgreementParts {
		fmt.Fprintf(w, "  %s part (%d examples):", pa.Part, pa.Examples)
		for _, a := range pa.Agreement {
			k := "-"
			if a.Defined && a.GoldYes > 0 {
				k = fmt.Sprintf("%.2f", a.Kappa)
			}
			fmt.Fprintf(w, " %s %s (%d/%d/%d/%d);", a.ID, k, a.Both, a.OnlyOurs, a.OnlyGold, a.Neither)
		}
		fmt.Fprintln(w)
	}
	if len(rep.AgreementParts) > 0 {
		fmt.Fprintf(w, "  (per part: kappa (both/only ours/only reviewers/neither); \"-\" when undefined or no reviewer label)\n")
	}

	if rep.PersonalData != nil {
		printOwnLabels(w, rep.PersonalData, verbose)
	}

	fmt.Fprintf(w, "\nemscad_sample.csv: %d fraudulent, %d legitimate\n", em.Fraud, em.Legit)
	fmt.Fprintf(w, "  %-34s %12s %12s\n", "", "as it comes", "named")
	nm := rep.Named
	line := func(name string, a, b float64) { fmt.Fprintf(w, "  %-34s %12s %12s\n", name, pct(a), pct(b)) }
	line("scam recall (high scam flag)", em.ScamRecall, nm.ScamRecall)
	line("scam recall (risk high)", em.RiskHighRecall, nm.RiskHighRecall)
	line("scam recall (any scam flag)", em.AnyScamRecall, nm.AnyScamRecall)
	line("legit with any scam flag", em.LegitAnyScam, nm.LegitAnyScam)
	line("legit with any high flag", em.LegitAnyHigh, nm.LegitAnyHigh)
	line("legit with a high scam flag", em.LegitHighScam, nm.LegitHighScam)
	line("precision at 4.84% (high scam)", em.PrecisionHighScam, nm.PrecisionHighScam)
	line("precision at 4.84% (any scam)", em.PrecisionAnyScam, nm.PrecisionAnyScam)
	if len(rep.Parts) > 0 {
		fmt.Fprintf(w, "  by part (design: the rules were tuned on it; held: never looked at):\n")
		fmt.Fprintf(w, "    %-8s %-8s %8s %8s %14s %14s\n", "part", "names", "scam ads", "legit", "scam recall", "legit high")
		for _, p := range rep.Parts {
			for _, m := range []struct {
				mode string
				lm   listingMetrics
			}{{"as is", p.AsIs}, {"named", p.Named}} {
				fmt.Fprintf(w, "    %-8s %-8s %8d %8d %14s %14s\n", p.Part, m.mode, m.lm.Fraud, m.lm.Legit, pct(m.lm.ScamRecall), pct(m.lm.LegitAnyHigh))
			}
		}
	}
	fmt.Fprintf(w, "  ads flagged per flag, as it comes and named (fraudulent/legitimate):\n")
	for _, r := range redflag.Rules() {
		c, d := em.PerFlag[r.ID], nm.PerFlag[r.ID]
		fmt.Fprintf(w, "    %-26s %3d / %3d   %3d / %3d\n", r.ID, c[0], c[1], d[0], d[1])
	}
	if rep.Crawled != nil {
		printCrawled(w, *rep.Crawled, verbose)
	}
	if verbose {
		fmt.Fprintf(w, "  as it comes: missed fraudulent: %v\n  legitimate with a scam flag: %v\n", em.Missed, em.FalseAlarms)
		fmt.Fprintf(w, "  named: missed fraudulent: %v\n  legitimate with a scam flag: %v\n", nm.Missed, nm.FalseAlarms)
	}
}

// showOne prints the flags of one EMSCAD ad or example.
func showOne(w io.Writer, shared, id string, eng *redflag.Engine) error {
	rows, err := loadEMSCAD(sharedFile(shared, "emscad_sample.csv"))
	if err != nil {
		return err
	}
	profiles := map[string]string{}
	var ps []model.Posting
	for _, r := range rows {
		profiles[r.ID] = r.Posting.CompanyInfo
		if r.ID == id {
			ps = append(ps, r.Posting)
		}
	}
	exs, err := loadExamples(sharedFile(shared, "examples.jsonl"))
	if err != nil {
		return err
	}
	for i := range exs {
		if exs[i].ID == id {
			ps = append(ps, examplePosting(&exs[i], profiles[exs[i].jobID()]))
		}
	}
	for _, p := range ps {
		l := assess(p, eng)
		fmt.Fprintf(w, "%s %q risk=%s type=%s project_based=%v remote=%s\n", id, l.Title, l.Risk, l.Type, l.ProjectBased, l.Remote)
		if l.Pay != nil {
			fmt.Fprintf(w, "  pay %+v\n", *l.Pay)
		}
		for _, f := range l.Flags {
			fmt.Fprintf(w, "  %-26s %-6s %s[%d:%d] %q\n", f.ID, f.Severity, f.Evidence.Field, f.Evidence.Start, f.Evidence.End, f.Evidence.Text)
		}
	}
	return nil
}

// listPart prints each EMSCAD ad of one part, employers named (the whole
// sample being the corpus): its label, risk, title and flags with their
// severity, fraudulent ads first.
func listPart(w io.Writer, shared string, part splitPart, eng *redflag.Engine) error {
	rows, err := loadEMSCAD(sharedFile(shared, "emscad_sample.csv"))
	if err != nil {
		return err
	}
	ls := assessCorpus(rows, true, eng)
	for _, fraud := range []bool{true, false} {
		for i, r := range rows {
			if r.Fraudulent != fraud || !part.includes(r.ID) {
				continue
			}
			label := "legit"
			if fraud {
				label = "FRAUD"
			}
			fmt.Fprintf(w, "%-6s %-5s risk=%-6s %-40.40q", r.ID, label, ls[i].Risk, ls[i].Title)
			for _, f := range ls[i].Flags {
				if f.Family == model.FamilyScam {
					fmt.Fprintf(w, " %s:%s", f.ID, f.Severity)
				}
			}
			fmt.Fprintln(w)
		}
	}
	return nil
}
