package demo

import (
	"encoding/json"
	"net/http"
	"testing"
)

func TestBoardsServeGreenhouseFormat(t *testing.T) {
	b, err := Start("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	total := 0
	for _, name := range Names() {
		resp, err := http.Get(b.URL() + "/v1/boards/" + name + "/jobs?content=true")
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			Jobs []struct {
				ID      int64  `json:"id"`
				Title   string `json:"title"`
				Content string `json:"content"`
			} `json:"jobs"`
		}
		err = json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("%s: %d %v", name, resp.StatusCode, err)
		}
		for _, j := range body.Jobs {
			if j.ID == 0 || j.Title == "" || j.Content == "" {
				t.Errorf("%s: incomplete job %+v", name, j)
			}
		}
		total += len(body.Jobs)
	}
	if total < 35 {
		t.Errorf("only %d sample listings", total)
	}
	resp, err := http.Get(b.URL() + "/v1/boards/nope/jobs")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("unknown board: %d", resp.StatusCode)
	}
}

func TestRefusesPublicAddress(t *testing.T) {
	if _, err := Start("0.0.0.0:0"); err == nil {
		t.Fatal("served on a non-loopback address")
	}
}
