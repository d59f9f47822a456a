package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// ownLabelsFile holds our own per-ad labels for flags the shared sample
// has no reviewer labels for (job id, 0 or 1, a reason), relative to the
// module root. They were written by reading each ad before running the
// rule on it.
const ownLabelsFile = "cmd/evalflags/testdata/personal_data_labels.tsv"

// ownLabelNote says what the labels are wherever their agreement is shown.
const ownLabelNote = "our own labels, written before running the rule"

// ownAgreement is the agreement of one flag with our own labels of the
// EMSCAD sample, as the data comes and with neutral employer names.
type ownAgreement struct {
	Note     string      `json:"note"`
	Labelled int         `json:"labelled"`
	Missing  []string    `json:"missing,omitempty"` // sample ads without a label
	AsIs     agreement   `json:"as_is"`
	Named    agreement   `json:"named"`
	Parts    []agreement `json:"parts,omitempty"` // design and held, named
	// Disagreements lists the ads where the flag (named) and our label
	// differ, for inspection.
	OnlyOurs   []string `json:"only_rule,omitempty"`
	OnlyLabels []string `json:"only_labels,omitempty"`
}

// loadOwnLabels reads a label file: "job_id<TAB>0|1<TAB>reason" lines,
// "#" comments and blank lines skipped.
func loadOwnLabels(r io.Reader, name string) (map[string]bool, error) {
	out := map[string]bool{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) < 2 || (f[1] != "0" && f[1] != "1") || strings.TrimSpace(f[0]) == "" {
			return nil, fmt.Errorf("evalflags: %s:%d: want job_id<TAB>0|1<TAB>reason", name, n)
		}
		id := strings.TrimSpace(f[0])
		if _, dup := out[id]; dup {
			return nil, fmt.Errorf("evalflags: %s:%d: job id %s labelled twice", name, n, id)
		}
		out[id] = f[1] == "1"
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evalflags: read %s: %w", name, err)
	}
	return out, nil
}

func readOwnLabels(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evalflags: %w", err)
	}
	defer f.Close()
	return loadOwnLabels(f, path)
}

// labelAgreement is the kappa of flag id against labels over the rows of
// one part.
func labelAgreement(id string, rows []emscadRow, ls []*model.Listing, labels map[string]bool, part splitPart) (agreement, []string, []string) {
	a := agreement{ID: id}
	var onlyOurs, onlyLabels []string
	for i, r := range rows {
		gold, ok := labels[r.ID]
		if !ok || !part.includes(r.ID) {
			continue
		}
		ours := ls[i].HasFlag(id)
		switch {
		case gold && ours:
			a.Both++
		case ours:
			a.OnlyOurs++
			onlyOurs = append(onlyOurs, r.ID)
		case gold:
			a.OnlyGold++
			onlyLabels = append(onlyLabels, r.ID)
		default:
			a.Neither++
		}
	}
	a.GoldYes = a.Both + a.OnlyGold
	a.Kappa, a.Defined = cohenKappa(a.Both, a.OnlyOurs, a.OnlyGold, a.Neither)
	return a, onlyOurs, onlyLabels
}

// scoreOwnLabels scores flag id against our labels on the sample.
func scoreOwnLabels(id string, rows []emscadRow, asIs, named []*model.Listing, labels map[string]bool) ownAgreement {
	o := ownAgreement{Note: ownLabelNote}
	for _, r := range rows {
		if _, ok := labels[r.ID]; ok {
			o.Labelled++
		} else {
			o.Missing = append(o.Missing, r.ID)
		}
	}
	o.AsIs, _, _ = labelAgreement(id, rows, asIs, labels, splitAll)
	o.Named, o.OnlyOurs, o.OnlyLabels = labelAgreement(id, rows, named, labels, splitAll)
	for _, p := range []splitPart{splitDesign, splitHeld} {
		a, _, _ := labelAgreement(id, rows, named, labels, p)
		a.ID = id + " (" + p.String() + ")"
		o.Parts = append(o.Parts, a)
	}
	return o
}

// printOwnLabels prints the agreement with our own labels.
func printOwnLabels(w io.Writer, o *ownAgreement, verbose bool) {
	k := func(a agreement) string {
		if !a.Defined {
			return "  -  "
		}
		return fmt.Sprintf("%5.2f", a.Kappa)
	}
	fmt.Fprintf(w, "\n%s agreement with %s (%d of the sample's ads labelled; %d say yes):\n",
		o.AsIs.ID, o.Note, o.Labelled, o.Named.GoldYes)
	for _, a := range []struct {
		name string
		a    agreement
	}{{"as it comes", o.AsIs}, {"named", o.Named}} {
		fmt.Fprintf(w, "  %-12s kappa %s  both %d, only the rule %d, only our labels %d, neither %d\n",
			a.name, k(a.a), a.a.Both, a.a.OnlyOurs, a.a.OnlyGold, a.a.Neither)
	}
	for _, a := range o.Parts {
		fmt.Fprintf(w, "  %-30s kappa %s  (%d/%d/%d/%d)\n", a.ID, k(a), a.Both, a.OnlyOurs, a.OnlyGold, a.Neither)
	}
	if len(o.Missing) > 0 {
		fmt.Fprintf(w, "  ads without a label: %v\n", o.Missing)
	}
	if verbose {
		fmt.Fprintf(w, "  only the rule: %v\n  only our labels: %v\n", o.OnlyOurs, o.OnlyLabels)
	}
}
