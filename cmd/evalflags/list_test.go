package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/redflag"
)

// TestListPart: -list prints every ad of the part asked for, scam ads
// first, each with its label and scam flags, and none of another part.
func TestListPart(t *testing.T) {
	rows, err := loadEMSCAD(sharedFile(sharedTestDir, "emscad_sample.csv"))
	if err != nil {
		t.Skip("shared sample (../shared/redflags) not available; skipping")
	}
	var buf bytes.Buffer
	if err := listPart(&buf, sharedTestDir, splitDesign, redflag.New(redflag.Options{})); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want, seenLegit := 0, false
	ids := map[string]bool{}
	for _, r := range rows {
		if splitDesign.includes(r.ID) {
			want++
		}
	}
	if len(lines) != want {
		t.Fatalf("%d lines, want one per design ad (%d)", len(lines), want)
	}
	for _, ln := range lines {
		f := strings.Fields(ln)
		if len(f) < 3 || (f[1] != "FRAUD" && f[1] != "legit") {
			t.Fatalf("line %q: want id, label, risk", ln)
		}
		if heldOut(f[0]) {
			t.Errorf("held ad %s listed", f[0])
		}
		if f[1] == "legit" {
			seenLegit = true
		} else if seenLegit {
			t.Errorf("scam ad %s after a legitimate one", f[0])
		}
		ids[f[0]] = true
	}
	if len(ids) != want {
		t.Errorf("%d distinct ids, want %d", len(ids), want)
	}
}
