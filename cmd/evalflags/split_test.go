package main

import (
	"os"
	"testing"

	"github.com/gigscout/gigscout/internal/redflag"
)

func TestParseSplit(t *testing.T) {
	for in, want := range map[string]splitPart{"": splitAll, "all": splitAll, "design": splitDesign, "held": splitHeld} {
		if got, err := parseSplit(in); err != nil || got != want {
			t.Errorf("parseSplit(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := parseSplit("test"); err == nil {
		t.Error("parseSplit accepted an unknown part")
	}
}

// TestSplitPartitions: design and held are disjoint, cover the sample,
// and the held part is about a third of it.
func TestSplitPartitions(t *testing.T) {
	if _, err := os.Stat(sharedFile(sharedTestDir, "emscad_sample.csv")); err != nil {
		t.Skipf("shared red-flag data not available (%v)", err)
	}
	eng := redflag.New(redflag.Options{})
	counts := map[splitPart]int{}
	for _, p := range []splitPart{splitAll, splitDesign, splitHeld} {
		rep, err := evaluateSplit(sharedTestDir, eng, p)
		if err != nil {
			t.Fatal(err)
		}
		counts[p] = rep.EMSCAD.Fraud + rep.EMSCAD.Legit
	}
	if counts[splitDesign]+counts[splitHeld] != counts[splitAll] {
		t.Errorf("design %d + held %d != all %d", counts[splitDesign], counts[splitHeld], counts[splitAll])
	}
	if h := float64(counts[splitHeld]) / float64(counts[splitAll]); h < 0.2 || h > 0.45 {
		t.Errorf("held share %.2f, want about a third", h)
	}
}
