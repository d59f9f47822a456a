package main

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWidgetCommands(t *testing.T) {
	cfg, dataDir := writeConfig(t, "http://127.0.0.1:9")
	code, out, errs := gigscout(t, "widget", "create", "--config", cfg, "--name", "State U careers",
		"--origin", "https://careers.example.edu", "--origin", "http://localhost:8080/",
		"--filter", "paid=true", "--filter", "min_hourly_usd=20", "--filter", "region=US", "--filter", "type=project,internship",
		"--expires", "30d", "--json")
	if code != 0 {
		t.Fatalf("create: exit %d: %s", code, errs)
	}
	var created struct {
		Key       string     `json:"key"`
		Snippet   string     `json:"snippet"`
		ExpiresAt *time.Time `json:"expires_at"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&created); err != nil {
		t.Fatalf("create --json: %v: %s", err, out)
	}
	if !strings.HasPrefix(created.Key, "wk_") || created.ExpiresAt == nil || time.Until(*created.ExpiresAt) < 29*24*time.Hour ||
		created.Snippet != `<div data-gigscout data-key="`+created.Key+`"></div>`+"\n"+`<script src="http://127.0.0.1:8080/widget.js" async></script>` {
		t.Errorf("created %+v", created)
	}
	// The secret was generated into the data directory, readable only by its owner, and not printed.
	secretPath := filepath.Join(dataDir, "widget_secret")
	fi, err := os.Stat(secretPath)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("secret file: %v %v", fi, err)
	}
	secret, _ := os.ReadFile(secretPath)
	if s := strings.TrimSpace(string(secret)); len(s) != 64 || strings.Contains(out+errs, s) {
		t.Errorf("secret %d characters, or printed", len(s))
	}

	code, out, errs = gigscout(t, "widget", "create", "--config", cfg, "--name", "Second", "--origin", "https://b.example.edu")
	if code != 0 || !strings.Contains(out, "<script src=\"http://127.0.0.1:8080/widget.js\" async></script>") || !strings.Contains(out, "presets:  (none)") {
		t.Fatalf("create (text): %d %s %s", code, out, errs)
	}
	code, out, _ = gigscout(t, "widget", "list", "--config", cfg, "--json")
	var list []struct {
		Key, Name, Status string
		Origins           []string
		Presets           map[string][]string
	}
	if err := json.Unmarshal([]byte(out), &list); code != 0 || err != nil || len(list) != 2 {
		t.Fatalf("list: %d %v %s", code, err, out)
	}
	if l := list[0]; l.Key != created.Key || l.Status != "active" || strings.Join(l.Origins, " ") != "https://careers.example.edu http://localhost:8080" ||
		strings.Join(l.Presets["type"], ",") != "project,internship" || l.Presets["min_hourly_usd"][0] != "20" {
		t.Errorf("listed %+v", l)
	}
	if code, _, errs := gigscout(t, "widget", "revoke", "--config", cfg, created.Key); code != 0 {
		t.Fatalf("revoke: %d %s", code, errs)
	}
	code, out, _ = gigscout(t, "widget", "list", "--config", cfg)
	if code != 0 || !strings.Contains(out, created.Key) || !strings.Contains(out, "revoked") || !strings.Contains(out, "Second") {
		t.Errorf("list (text): %d\n%s", code, out)
	}

	// A running server uses the same secret and store: the second key works,
	// the revoked one answers 403.
	m := mustServe(t, cfg)
	second := list[1].Key
	for key, want := range map[string]int{second: 200, created.Key: 403} {
		req, _ := http.NewRequest("GET", "http://"+m.Addr()+"/api/v1/search?key="+key, nil)
		req.Header.Set("Origin", "https://b.example.edu")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("search with %s: %d, want %d", key, resp.StatusCode, want)
		}
	}
}

func TestWidgetCommandErrors(t *testing.T) {
	cfg, _ := writeConfig(t, "http://127.0.0.1:9")
	base := []string{"widget", "create", "--config", cfg, "--name", "x", "--origin", "https://x.edu"}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"bad filter value", append(base, "--filter", "min_hourly_usd=lots"), "--filter min_hourly_usd: min_hourly_usd must be a non-negative number"},
		{"unknown filter", append(base, "--filter", "colour=red"), `--filter colour: "colour" cannot be preset`},
		{"query as filter", append(base, "--filter", "q=data"), `--filter q: "q" cannot be preset`},
		{"bad type", append(base, "--filter", "type=gig"), "--filter type: type must be one of"},
		{"filter without =", append(base, "--filter", "paid"), `want KEY=VALUE, got "paid"`},
		{"bad origin", []string{"widget", "create", "--config", cfg, "--name", "x", "--origin", "careers.example.edu"}, "--origin: \"careers.example.edu\" must start with https://"},
		{"origin with path", []string{"widget", "create", "--config", cfg, "--name", "x", "--origin", "https://x.edu/jobs"}, "--origin: \"https://x.edu/jobs\" must be an origin only"},
		{"no origin", []string{"widget", "create", "--config", cfg, "--name", "x"}, "--origin: at least one origin is required"},
		{"no name", []string{"widget", "create", "--config", cfg, "--origin", "https://x.edu"}, "--name: a name of 1 to 200 characters is required"},
		{"bad expiry", append(base, "--expires", "a while"), "--expires: expiry must be like 365d"},
		{"unknown key", []string{"widget", "revoke", "--config", cfg, "wk_nope"}, `no such key "wk_nope"`},
		{"revoke without key", []string{"widget", "revoke", "--config", cfg}, "want exactly one KEY"},
		{"no subcommand", []string{"widget"}, "want a subcommand"},
		{"unknown subcommand", []string{"widget", "delete"}, `unknown subcommand "delete"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := gigscout(t, tt.args...)
			if code != 2 || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errs, tt.want)
			}
		})
	}
}

func TestWidgetSecretFromConfig(t *testing.T) {
	cfg, dataDir := writeConfig(t, "http://127.0.0.1:9")
	b, _ := os.ReadFile(cfg)
	os.WriteFile(cfg, []byte(strings.Replace(string(b), "server:\n", "server:\n  widget_secret: \"a-configured-secret-of-at-least-32-chars\"\n", 1)), 0o644)
	if code, _, errs := gigscout(t, "widget", "list", "--config", cfg); code != 0 {
		t.Fatalf("list: %d %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dataDir, "widget_secret")); !os.IsNotExist(err) {
		t.Errorf("a configured secret still wrote a file: %v", err)
	}
	os.WriteFile(cfg, []byte(strings.Replace(string(b), "server:\n", "server:\n  widget_secret: \"short\"\n", 1)), 0o644)
	if code, _, errs := gigscout(t, "widget", "list", "--config", cfg); code != 2 || !strings.Contains(errs, "server.widget_secret: must be at least 32 characters") {
		t.Errorf("short secret: %d %s", code, errs)
	}
}
