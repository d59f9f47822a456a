package main

import (
	"fmt"
	"os"
	"sync"
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
	rep := sharedReport(t)
	if len(rep.Parts) != 2 || rep.Parts[0].Part != "design" || rep.Parts[1].Part != "held" {
		t.Fatalf("parts = %+v", rep.Parts)
	}
	all := rep.EMSCAD.Fraud + rep.EMSCAD.Legit
	design := rep.Parts[0].AsIs.Fraud + rep.Parts[0].AsIs.Legit
	held := rep.Parts[1].AsIs.Fraud + rep.Parts[1].AsIs.Legit
	if design+held != all || rep.Parts[1].Named.Fraud+rep.Parts[1].Named.Legit != held {
		t.Errorf("design %d + held %d != all %d", design, held, all)
	}
	if h := float64(held) / float64(all); h < 0.2 || h > 0.45 {
		t.Errorf("held share %.2f, want about a third", h)
	}
	for i := range 17 {
		id := fmt.Sprint(1000 + i)
		if splitDesign.includes(id) == splitHeld.includes(id) || !splitAll.includes(id) {
			t.Errorf("id %s: design %v, held %v", id, splitDesign.includes(id), splitHeld.includes(id))
		}
	}
}

var (
	sharedOnce sync.Once
	sharedRep  report
	sharedErr  error
)

// sharedReport evaluates the shared data once for the tests that read it.
func sharedReport(t *testing.T) report {
	t.Helper()
	sharedOnce.Do(func() {
		sharedRep, sharedErr = evaluate(sharedTestDir, ownLabelsTestFile, redflag.New(redflag.Options{}))
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedRep
}
