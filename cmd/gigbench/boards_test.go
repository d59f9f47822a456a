package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestPreparedBoardsSame: a board served from the pages prepare encoded
// is byte for byte the board generated on the fly, and both are the JSON
// the Greenhouse adapter reads (every posting of the board, in order).
func TestPreparedBoardsSame(t *testing.T) {
	c := &corpus{N: 250, BoardSize: 100, Now: time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)}
	fly := &boardServer{c: c, perURL: map[string]int{}}
	ready := &boardServer{c: c, perURL: map[string]int{}}
	if !ready.prepare() {
		t.Fatal("prepare declined a 250-listing corpus")
	}
	get := func(h http.Handler, path string) []byte {
		t.Helper()
		srv := httptest.NewServer(h)
		defer srv.Close()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: %s", path, resp.Status)
		}
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for b, want := range []int{100, 100, 50} {
		path := fmt.Sprintf("/v1/boards/b%d/jobs", b)
		a, p := get(fly, path), get(ready, path)
		if !bytes.Equal(a, p) {
			t.Fatalf("board %d: prepared page differs from the generated one", b)
		}
		var body struct {
			Jobs []struct {
				ID      int64  `json:"id"`
				Content string `json:"content"`
			} `json:"jobs"`
			Meta struct {
				Total int `json:"total"`
			} `json:"meta"`
		}
		if err := json.Unmarshal(p, &body); err != nil {
			t.Fatalf("board %d: %v", b, err)
		}
		if len(body.Jobs) != want || body.Meta.Total != want {
			t.Errorf("board %d: %d jobs, total %d; want %d", b, len(body.Jobs), body.Meta.Total, want)
		}
	}
	ready.release()
	if ready.pages.Load() != nil {
		t.Fatal("release kept the pages")
	}
	if a, p := get(fly, "/v1/boards/b1/jobs"), get(ready, "/v1/boards/b1/jobs"); !bytes.Equal(a, p) {
		t.Fatal("after release the server no longer serves the generated board")
	}
	if ready.fetches.Load() != 4 || ready.duplicates() != 1 {
		t.Errorf("prepared server counted %d fetches, %d duplicates; want 4, 1", ready.fetches.Load(), ready.duplicates())
	}
}
