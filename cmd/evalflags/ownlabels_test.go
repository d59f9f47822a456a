package main

import (
	"os"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// ownLabelsTestFile is ownLabelsFile seen from this package.
const ownLabelsTestFile = "testdata/personal_data_labels.tsv"

func TestLoadOwnLabels(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     map[string]bool
		err      bool
	}{
		{"comments and blanks", "# header\n\n12\t1\tasks for a phone number\n13\t0\tnothing asked\n", map[string]bool{"12": true, "13": false}, false},
		{"reason optional", "7\t0\n", map[string]bool{"7": false}, false},
		{"bad label", "7\tyes\treason\n", nil, true},
		{"no label", "7\n", nil, true},
		{"empty id", "\t1\treason\n", nil, true},
		{"twice", "7\t0\ta\n7\t1\tb\n", nil, true},
	} {
		got, err := loadOwnLabels(strings.NewReader(c.in), "labels.tsv")
		if (err != nil) != c.err {
			t.Errorf("%s: err = %v, want error %v", c.name, err, c.err)
			continue
		}
		if c.err {
			if !strings.Contains(err.Error(), "labels.tsv:") {
				t.Errorf("%s: error %q names no file and line", c.name, err)
			}
			continue
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
		for k, v := range c.want {
			if g, ok := got[k]; !ok || g != v {
				t.Errorf("%s: %s = %v,%v; want %v", c.name, k, g, ok, v)
			}
		}
	}
}

func TestLabelAgreement(t *testing.T) {
	rows := []emscadRow{{ID: "1"}, {ID: "2"}, {ID: "3"}, {ID: "4"}, {ID: "5"}}
	flagged := func(yes bool) *model.Listing {
		l := &model.Listing{}
		if yes {
			l.Flags = []model.Flag{{ID: "X"}}
		}
		return l
	}
	ls := []*model.Listing{flagged(true), flagged(true), flagged(false), flagged(false), flagged(true)}
	labels := map[string]bool{"1": true, "2": false, "3": true, "4": false} // "5" unlabelled: not counted
	a, onlyRule, onlyLabels := labelAgreement("X", rows, ls, labels, splitAll)
	if a.Both != 1 || a.OnlyOurs != 1 || a.OnlyGold != 1 || a.Neither != 1 || a.GoldYes != 2 {
		t.Errorf("agreement = %+v", a)
	}
	if !a.Defined || !approx(a.Kappa, 0) {
		t.Errorf("kappa = %v,%v; want 0", a.Kappa, a.Defined)
	}
	if len(onlyRule) != 1 || onlyRule[0] != "2" || len(onlyLabels) != 1 || onlyLabels[0] != "3" {
		t.Errorf("disagreements: rule %v, labels %v", onlyRule, onlyLabels)
	}
	o := scoreOwnLabels("X", rows, ls, ls, labels)
	if o.Labelled != 4 || len(o.Missing) != 1 || o.Missing[0] != "5" || o.Note != ownLabelNote {
		t.Errorf("own agreement = %+v", o)
	}
}

// TestOwnLabelsFile: the committed labels cover every ad of the shared
// sample and hold only ids, labels and short reasons of our own (no ad
// text).
func TestOwnLabelsFile(t *testing.T) {
	labels, err := readOwnLabels(ownLabelsTestFile)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(ownLabelsTestFile)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(raw), "\n") {
		if len(line) > 130 {
			t.Errorf("line %d is %d bytes: a reason is one short line, never ad text", i+1, len(line))
		}
	}
	if _, err := os.Stat(sharedFile(sharedTestDir, "emscad_sample.csv")); err != nil {
		t.Skipf("shared red-flag data not available (%v); the label coverage is checked in the gigscout workspace", err)
	}
	rows, err := loadEMSCAD(sharedFile(sharedTestDir, "emscad_sample.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if _, ok := labels[r.ID]; !ok {
			t.Errorf("sample ad %s has no personal-data label", r.ID)
		}
	}
	if len(labels) != len(rows) {
		t.Errorf("%d labels for %d sample ads", len(labels), len(rows))
	}
}
