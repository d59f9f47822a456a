package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func write(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func noEnv(string) string { return "" }

func TestShippedConfigsValidate(t *testing.T) {
	for name, data := range map[string][]byte{"gigscout.yaml": Shipped, "demo.yaml": Demo} {
		cfg := Default()
		if err := Parse(cfg, data, name); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := cfg.Validate(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(cfg.Sources) == 0 {
			t.Errorf("%s has no sources", name)
		}
	}
}

func TestLoadLayers(t *testing.T) {
	p := write(t, "data_dir: /tmp/x\ncrawler:\n  per_host_delay: 250ms\n  max_body: 2MB\nsources:\n  - {name: a, kind: greenhouse, board: acme}\n")
	env := map[string]string{"GIGSCOUT_SERVER_ADDR": "127.0.0.1:9999", "GIGSCOUT_CRAWLER_ALLOW_PRIVATE": "true", "GIGSCOUT_SERVER_ALLOWED_ORIGINS": "https://a.edu, https://b.edu"}
	cfg, err := Load(p, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		ok   bool
	}{
		{"file overrides default", cfg.DataDir == "/tmp/x"},
		{"duration", time.Duration(cfg.Crawler.PerHostDelay) == 250*time.Millisecond},
		{"byte size", cfg.Crawler.MaxBody == 2<<20},
		{"default kept", cfg.Crawler.Retries == 3},
		{"env overrides file", cfg.Server.Addr == "127.0.0.1:9999"},
		{"env bool", cfg.Crawler.AllowPrivate},
		{"env list", len(cfg.Server.AllowedOrigins) == 2 && cfg.Server.AllowedOrigins[1] == "https://b.edu"},
		{"default schedule", cfg.Sources[0].Schedule == DefaultSchedule},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("%s: %+v", tt.name, cfg)
		}
	}
}

func TestErrorsNameTheKey(t *testing.T) {
	tests := []struct {
		name, yaml string
		env        map[string]string
		want       string
	}{
		{"bad cron", "sources:\n  - {name: a, kind: greenhouse, board: x}\n  - {name: b, kind: greenhouse, board: y}\n  - {name: c, kind: greenhouse, board: z, schedule: \"@evry 6h\"}\n", nil, `sources[2].schedule: invalid cron spec "@evry 6h"`},
		{"unknown key", "server:\n  adr: x\n", nil, "line 2: unknown key server.adr (did you mean server.addr?); allowed here: addr, admin_token, admission, allowed_origins, public_url, rate_limit, trusted_proxies, widget_secret"},
		{"unknown key in a source", "sources:\n  - {name: a, kind: greenhouse, board: x}\n  - name: b\n    kind: greenhouse\n    bord: y\n", nil, "line 5: unknown key sources[1].bord (did you mean sources[1].board?)"},
		{"unknown top-level key", "servr:\n  addr: x\n", nil, "line 1: unknown key servr (did you mean server?)"},
		{"unknown kind", "sources:\n  - {name: a, kind: monster}\n", nil, `sources[0].kind: unknown kind "monster"`},
		{"unknown kind lists the kinds", "sources:\n  - {name: a, kind: monster}\n", nil, `unknown kind "monster"; kinds: ashby, `},
		{"misspelled kind", "sources:\n  - {name: a, kind: greenhous, board: x}\n", nil, `sources[0].kind: unknown kind "greenhous" (did you mean "greenhouse"?); kinds: `},
		{"missing board", "sources:\n  - {name: a, kind: greenhouse}\n", nil, "sources[0].board: required for kind greenhouse"},
		{"duplicate name", "sources:\n  - {name: a, kind: remoteok}\n  - {name: a, kind: remotive}\n", nil, `sources[1].name: duplicate name "a"`},
		{"bad name", "sources:\n  - {name: A_b, kind: remoteok}\n", nil, `sources[0].name: invalid name "A_b"`},
		{"bad duration", "crawler:\n  timeout: soon\n", nil, `line 2: invalid duration "soon"`},
		{"bad addr", "server:\n  addr: nowhere\n", nil, `server.addr: invalid address "nowhere"`},
		{"bad floor country", "pay:\n  floors:\n    india: {micro_hourly_usd: 3, min_wage_hourly_usd: 0.27, source: x, as_of: \"2017-06-01\"}\n", nil, "pay.floors.india: want a 2-letter ISO 3166 country code"},
		{"floor without source", "pay:\n  floors:\n    IN: {micro_hourly_usd: 3, min_wage_hourly_usd: 0.27, as_of: \"2017-06-01\"}\n", nil, "pay.floors.IN.source: required"},
		{"floor without date", "pay:\n  floors:\n    IN: {micro_hourly_usd: 3, min_wage_hourly_usd: 0.27, source: x}\n", nil, `pay.floors.IN.as_of: invalid date ""`},
		{"bad trusted proxy", "server:\n  trusted_proxies: [10.0.0.0/8, proxy.local]\n", nil, `server.trusted_proxies[1]: "proxy.local" is neither an IP address nor a CIDR range`},
		{"bad parallelism", "crawler:\n  parallelism: 0\n", nil, "crawler.parallelism: must be between 1 and 64"},
		{"bad env", "", map[string]string{"GIGSCOUT_CRAWLER_RETRIES": "many"}, `environment GIGSCOUT_CRAWLER_RETRIES: invalid integer "many"`},
		{"bad severity", "flags:\n  UNPAID: {severity: huge}\n", nil, `flags.UNPAID.severity: invalid severity "huge"`},
		{"bad html source", "sources:\n  - {name: a, kind: html, start_urls: [\"https://x.org\"], item: li, fields: {title: h2}}\n", nil, "sources[0].fields: required for kind html"},
		{"not yaml", "server: [", nil, "c.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(write(t, tt.yaml), func(k string) string { return tt.env[k] })
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"), noEnv)
	if err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Fatalf("error %v should name the file", err)
	}
}

// FuzzParse: any YAML either loads into a config or fails with an error;
// it never panics, and a config that passes Validate has sane values.
func FuzzParse(f *testing.F) {
	f.Add(string(Shipped))
	f.Add(string(Demo))
	f.Add("crawler:\n  timeout: 5s\n  max_body: 1MB\n")
	f.Add("sources:\n  - {name: a, kind: html, start_urls: [\"https://x.org\"], item: li, fields: {title: h2, url: a@href}}\n")
	f.Fuzz(func(t *testing.T, data string) {
		cfg := Default()
		if err := Parse(cfg, []byte(data), "fuzz.yaml"); err != nil {
			return
		}
		if cfg.Validate() != nil {
			return
		}
		if cfg.Crawler.Parallelism < 1 || cfg.Crawler.Timeout <= 0 || cfg.Crawler.MaxBody <= 0 {
			t.Fatalf("valid config with bad crawler values: %+v", cfg.Crawler)
		}
		for _, s := range cfg.Sources {
			if _, err := ParseSchedule(s.Schedule); err != nil {
				t.Fatalf("valid config with bad schedule %q", s.Schedule)
			}
		}
	})
}
