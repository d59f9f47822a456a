package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sync/atomic"
	"testing"
)

// bigBoard serves a Greenhouse board of n distinct listings on 127.0.0.1
// (source name, base URL URL()+"/gh"). Each listing carries the word
// marker so a search can count them; bumping version changes every
// description, so the next crawl updates every listing.
type bigBoard struct {
	srv     *httptest.Server
	name    string
	n       int
	marker  string
	version atomic.Int64
}

var skillWords = []string{"python", "sql", "design", "writing", "excel", "figma", "marketing", "research", "video", "data"}

func newBigBoard(t testing.TB, name string, n int, marker string, idBase int64) *bigBoard {
	b := &bigBoard{name: name, n: n, marker: marker}
	b.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/gh/v1/boards/"+name+"/jobs" {
			http.NotFound(w, r)
			return
		}
		v := b.version.Load()
		type job struct {
			ID             int64             `json:"id"`
			Title          string            `json:"title"`
			CompanyName    string            `json:"company_name"`
			AbsoluteURL    string            `json:"absolute_url"`
			Location       map[string]string `json:"location"`
			Content        string            `json:"content"`
			FirstPublished string            `json:"first_published"`
			UpdatedAt      string            `json:"updated_at"`
		}
		jobs := make([]job, n)
		for i := range jobs {
			w1, w2 := skillWords[i%len(skillWords)], skillWords[(i/len(skillWords))%len(skillWords)]
			jobs[i] = job{ID: idBase + int64(i), Title: fmt.Sprintf("%s and %s micro-internship %s %d", w1, w2, marker, i),
				CompanyName: fmt.Sprintf("%s company %d", marker, i%300), AbsoluteURL: fmt.Sprintf("https://jobs.example.org/%s/%d", name, i),
				Location: map[string]string{"name": "Remote (United States)"},
				Content: fmt.Sprintf("&lt;p&gt;%s project %d (revision %d): build a %s report with %s for our team. "+
					"About %d hours over 3 weeks, paid $%d for the project. You report to our head of %s. Deliverables: a report and a slide deck.&lt;/p&gt;",
					marker, i, v, w1, w2, 10+i%30, 200+(i%20)*25, w2),
				FirstPublished: "2026-11-20T10:00:00Z", UpdatedAt: fmt.Sprintf("2026-11-2%dT10:00:00Z", v%9)}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"jobs": jobs, "meta": map[string]int{"total": n}})
	}))
	t.Cleanup(b.srv.Close)
	return b
}

// writeBigConfig writes a config for dataDir on addr with the big board as
// its one source (none when board is nil).
func writeBigConfig(t testing.TB, dir, dataDir, addr string, board *bigBoard) string {
	cfg := fmt.Sprintf("data_dir: %s\nserver:\n  addr: %q\ncrawler:\n  allow_private: true\n  respect_robots: false\n  per_host_delay: 0s\n  retries: 0\n  timeout: 60s\n  max_body: 100MB\n", dataDir, addr)
	name := "serve.yaml"
	if board != nil {
		cfg += fmt.Sprintf("sources:\n  - name: %s\n    kind: greenhouse\n    board: %s\n    schedule: \"@every 24h\"\n    base_url: %s/gh\n", board.name, board.name, board.srv.URL)
		name = board.name + ".yaml"
	} else {
		cfg += "sources: []\n"
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// gigscoutBinary is the binary the load and crash tests run: $GIGSCOUT_BIN
// (make builds it), else one built into dir.
func gigscoutBinary(t testing.TB, dir string) string {
	if p := os.Getenv("GIGSCOUT_BIN"); p != "" {
		return p
	}
	p := filepath.Join(dir, "gigscout")
	out, err := exec.Command("go", "build", "-o", p, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return p
}
