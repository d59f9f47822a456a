package ingest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/store"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenListing is what a student sees of a listing, for golden files.
type goldenListing struct {
	ID       string         `json:"external_id"`
	Title    string         `json:"title"`
	Company  string         `json:"company"`
	Pay      string         `json:"pay,omitempty"`
	Unpaid   bool           `json:"unpaid,omitempty"`
	Hours    *model.Range   `json:"hours,omitempty"`
	Duration *model.Range   `json:"duration_days,omitempty"`
	Deadline string         `json:"deadline,omitempty"`
	Type     model.JobType  `json:"type"`
	Project  bool           `json:"project_based,omitempty"`
	Remote   string         `json:"remote"`
	Skills   []string       `json:"skills,omitempty"`
	Risk     model.Severity `json:"risk"`
	Flags    []string       `json:"flags,omitempty"`
}

// TestGoldenListings runs the postings every adapter emits from its own
// testdata (the adapters' golden files, checked by their contract tests)
// through normalization and the red-flag rules, and compares the listings
// with testdata/listings/<kind>.golden.json. Run with -update after
// checking a change by eye.
func TestGoldenListings(t *testing.T) {
	files, err := filepath.Glob("../../crawler/*/testdata/*.golden.json")
	if err != nil || len(files) < 15 {
		t.Fatalf("adapter golden files: %d, %v", len(files), err)
	}
	now := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	st := clockStore{now: now} // Build reads only the store's clock
	p := &Pipeline{Store: st, Engine: redflag.New(redflag.Options{}),
		Normalize: normalize.Options{USDRates: map[string]float64{"USD": 1, "EUR": 1.08, "GBP": 1.27, "INR": 0.012, "CAD": 0.73}}}
	for _, file := range files {
		kind := filepath.Base(filepath.Dir(filepath.Dir(file)))
		name := kind + "-" + strings.TrimSuffix(filepath.Base(file), ".golden.json")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var posts []model.Posting
			if err := json.Unmarshal(data, &posts); err != nil {
				t.Fatal(err)
			}
			var got []goldenListing
			for i := range posts {
				posts[i].Source, posts[i].Kind = kind, kind
				got = append(got, golden(p.Build(&posts[i])))
			}
			compareGolden(t, filepath.Join("testdata", "listings", name+".golden.json"), got)
		})
	}
}

func golden(l *model.Listing) goldenListing {
	g := goldenListing{ID: l.ExternalID, Title: l.Title, Company: l.Company, Unpaid: l.Unpaid, Hours: l.Hours,
		Duration: l.DurationDays, Type: l.Type, Project: l.ProjectBased, Skills: l.Skills, Risk: l.Risk,
		Remote: string(l.Remote)}
	if len(l.RemoteRegions) > 0 {
		g.Remote += " (" + strings.Join(l.RemoteRegions, ", ") + ")"
	}
	if l.Pay != nil {
		g.Pay = l.Pay.Display() + " [" + string(l.Pay.Source) + "]"
	}
	if l.Deadline != nil {
		g.Deadline = l.Deadline.Format("2006-01-02")
	}
	for _, f := range l.Flags {
		g.Flags = append(g.Flags, f.ID+": "+f.Evidence.Text)
	}
	return g
}

func compareGolden(t *testing.T, path string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(want, buf.Bytes()) {
		w, g := strings.Split(string(want), "\n"), strings.Split(buf.String(), "\n")
		for i := 0; i < min(len(w), len(g)); i++ {
			if w[i] != g[i] {
				t.Fatalf("%s differs at line %d (run with -update after checking):\n- %s\n+ %s", path, i+1, w[i], g[i])
			}
		}
		t.Fatalf("%s differs in length (run with -update after checking)", path)
	}
}

// clockStore is a store that only tells the time.
type clockStore struct {
	store.Store
	now time.Time
}

func (c clockStore) Now() time.Time { return c.now }
