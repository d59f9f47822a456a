// Package config loads gigscout's configuration: embedded defaults, then
// the YAML file, then GIGSCOUT_<SECTION>_<KEY> environment variables, then
// Validate, whose messages name the key at fault. Only cmd imports it.
package config

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Shipped is config/gigscout.yaml, embedded so that `gigscout serve` works
// from anywhere with no file at all.
//
//go:embed gigscout.yaml
var Shipped []byte

// Demo is config/demo.yaml, the configuration of `gigscout demo`.
//
//go:embed demo.yaml
var Demo []byte

// Config is the whole configuration.
type Config struct {
	DataDir string                 `yaml:"data_dir"`
	Server  Server                 `yaml:"server"`
	Crawler Crawler                `yaml:"crawler"`
	Sources []Source               `yaml:"sources"`
	Pay     Pay                    `yaml:"pay"`
	Flags   map[string]FlagSetting `yaml:"flags"`
	Digest  Digest                 `yaml:"digest"`
	Queue   Queue                  `yaml:"queue"`
	Store   Store                  `yaml:"store"`
}

// Store chooses the store. DSN is "sqlite:PATH" or "postgres://..." (env
// GIGSCOUT_STORE_DSN); empty: the SQLite file gigscout.db in data_dir
// (sqlite:./data/gigscout.db with the shipped data_dir).
type Store struct {
	DSN string `yaml:"dsn"`
}

// Queue configures crawls as jobs on the shared queue (river), used with a
// PostgreSQL store by `gigscout worker` and `serve --role all|worker`.
type Queue struct {
	// Workers is how many crawls one process runs at once.
	Workers int `yaml:"workers"`
	// JobTimeout cancels a crawl that runs longer (recorded partial, retried).
	JobTimeout Duration `yaml:"job_timeout"`
	// RescueAfter: a crawl job still running this long (its worker was
	// killed) is handed to another worker; must exceed job_timeout. River's
	// rescuer looks every 30s.
	RescueAfter Duration `yaml:"rescue_after"`
}

// Server configures HTTP.
type Server struct {
	Addr           string   `yaml:"addr"`
	PublicURL      string   `yaml:"public_url"`
	AllowedOrigins []string `yaml:"allowed_origins"`
	// AdminToken guards the widget-key endpoints (/api/v1/widgets); empty:
	// they answer 404. Env GIGSCOUT_SERVER_ADMIN_TOKEN.
	AdminToken string `yaml:"admin_token"`
	// WidgetSecret signs widget keys; empty: a random secret is generated
	// into <data_dir>/widget_secret (mode 0600) on first use. Env
	// GIGSCOUT_SERVER_WIDGET_SECRET. Changing it invalidates every key.
	WidgetSecret string `yaml:"widget_secret"`
	// TrustedProxies are reverse proxies (IP addresses or CIDR ranges)
	// whose X-Forwarded-For is believed; empty: the header is ignored.
	TrustedProxies []string  `yaml:"trusted_proxies"`
	RateLimit      RateLimit `yaml:"rate_limit"`
	Admission      Admission `yaml:"admission"`
}

// Admission bounds the searches the server runs at once (the rest wait
// in a short queue, then are refused with 503); zero values take the
// server's defaults: max_in_flight 2 per CPU (at least 4), max_queue 4 x
// max_in_flight, queue_wait 1s, timeout 5s.
type Admission struct {
	MaxInFlight int      `yaml:"max_in_flight"`
	MaxQueue    int      `yaml:"max_queue"`
	QueueWait   Duration `yaml:"queue_wait"`
	Timeout     Duration `yaml:"timeout"`
	Disabled    bool     `yaml:"disabled"`
}

// RateLimit is the per-client-address limit of the HTTP server; zero
// values take the server's defaults (10 requests/s, bursts of 60).
// Disabled is for benchmarks and trusted networks only.
type RateLimit struct {
	PerSecond float64 `yaml:"per_second"`
	Burst     int     `yaml:"burst"`
	Disabled  bool    `yaml:"disabled"`
}

// Crawler configures the shared collector.
type Crawler struct {
	UserAgent     string   `yaml:"user_agent"`
	RespectRobots bool     `yaml:"respect_robots"`
	AllowPrivate  bool     `yaml:"allow_private"`
	PerHostDelay  Duration `yaml:"per_host_delay"`
	Parallelism   int      `yaml:"parallelism"`
	Timeout       Duration `yaml:"timeout"`
	MaxBody       ByteSize `yaml:"max_body"`
	Retries       int      `yaml:"retries"`
}

// Source is one configured source; which keys apply depends on Kind.
type Source struct {
	Name      string            `yaml:"name"`
	Kind      string            `yaml:"kind"`
	Schedule  string            `yaml:"schedule"`
	BaseURL   string            `yaml:"base_url"`
	Disabled  bool              `yaml:"disabled"`
	Board     string            `yaml:"board"`
	Site      string            `yaml:"site"`
	Account   string            `yaml:"account"`
	Company   string            `yaml:"company"`
	Category  string            `yaml:"category"`
	Story     string            `yaml:"story"`
	URLs      []string          `yaml:"urls"`
	StartURLs []string          `yaml:"start_urls"`
	Follow    string            `yaml:"follow"`
	MaxPages  int               `yaml:"max_pages"`
	Sitemap   string            `yaml:"sitemap"`
	Item      string            `yaml:"item"`
	Fields    map[string]string `yaml:"fields"`
	Keyword   string            `yaml:"keyword"`
	APIKeyEnv string            `yaml:"api_key_env"`
	EmailEnv  string            `yaml:"email_env"`
	Limit     int               `yaml:"limit"`
}

// PayFloor is the pay floor of one country, in US dollars an hour (at
// pay.usd_rates), with where the figures come from and when.
type PayFloor struct {
	Name             string  `yaml:"name"`
	MicroHourlyUSD   float64 `yaml:"micro_hourly_usd"`
	MinWageHourlyUSD float64 `yaml:"min_wage_hourly_usd"`
	Source           string  `yaml:"source"`
	AsOf             string  `yaml:"as_of"`
}

// Pay configures pay reading and the floor.
type Pay struct {
	FloorHourlyUSD float64            `yaml:"floor_hourly_usd"`
	RatesDate      string             `yaml:"rates_date"`
	USDRates       map[string]float64 `yaml:"usd_rates"`
	// Floors are the pay floors by country of work (ISO 3166 code, e.g.
	// IN); a listing in no listed country takes floor_hourly_usd.
	Floors map[string]PayFloor `yaml:"floors"`
}

// FlagSetting turns one red flag off or overrides its severity.
type FlagSetting struct {
	Enabled  *bool  `yaml:"enabled"`
	Severity string `yaml:"severity"`
}

// Digest configures digest e-mails.
type Digest struct {
	Schedule string `yaml:"schedule"`
	From     string `yaml:"from"`
	SMTP     SMTP   `yaml:"smtp"`
	// MaxListings bounds the listings one digest shows; the rest are
	// counted in "and N more" (default 20).
	MaxListings int `yaml:"max_listings"`
	// SendEmpty sends a digest when nothing is new (default false).
	SendEmpty bool `yaml:"send_empty"`
	// FirstDigestNow sends a subscription's first digest at the first run
	// after confirmation rather than at its send hour (the demo uses it).
	FirstDigestNow bool `yaml:"first_digest_now"`
}

// SMTP is the outgoing mail server.
type SMTP struct {
	Host        string `yaml:"host"`
	Port        int    `yaml:"port"`
	Username    string `yaml:"username"`
	PasswordEnv string `yaml:"password_env"`
	TLS         string `yaml:"tls"`
	// Timeout bounds one SMTP conversation (default 30s).
	Timeout Duration `yaml:"timeout"`
}

// DefaultSchedule is a source's schedule when it names none.
const DefaultSchedule = "@every 6h"

// Default returns the built-in defaults, before any file.
func Default() *Config {
	return &Config{
		DataDir: "./data",
		Server:  Server{Addr: "127.0.0.1:8080", PublicURL: "http://127.0.0.1:8080", AllowedOrigins: []string{"*"}},
		Crawler: Crawler{
			UserAgent: "gigscout/1.0 (+https://github.com/gigscout/gigscout)", RespectRobots: true,
			PerHostDelay: Duration(time.Second), Parallelism: 4, Timeout: Duration(30 * time.Second),
			MaxBody: 10 << 20, Retries: 3,
		},
		Pay: Pay{FloorHourlyUSD: 20, RatesDate: "2026-11-01",
			USDRates: map[string]float64{"EUR": 1.08, "GBP": 1.27, "INR": 0.012, "CAD": 0.73}},
		Digest: Digest{Schedule: "0 * * * *", From: "gigscout <digest@example.org>", MaxListings: 20,
			SMTP: SMTP{Host: "localhost", Port: 587, PasswordEnv: "GIGSCOUT_SMTP_PASSWORD", TLS: "starttls", Timeout: Duration(30 * time.Second)}},
		Queue: Queue{Workers: 4, JobTimeout: Duration(30 * time.Minute), RescueAfter: Duration(35 * time.Minute)},
	}
}

// Load reads the configuration: defaults, then the file at path (the
// embedded shipped file when path is "" and config/gigscout.yaml does not
// exist), then the environment through getenv (os.Getenv when nil), then
// Validate.
func Load(path string, getenv func(string) string) (*Config, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	data, name, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return LoadData(data, name, getenv)
}

// LoadData is Load for configuration text already in hand (name is used in
// messages).
func LoadData(data []byte, name string, getenv func(string) string) (*Config, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	cfg := Default()
	if err := Parse(cfg, data, name); err != nil {
		return nil, err
	}
	if err := applyEnv(cfg, getenv); err != nil {
		return nil, err
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return cfg, nil
}

func readFile(path string) ([]byte, string, error) {
	if path == "" {
		path = "config/gigscout.yaml"
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return Shipped, "embedded gigscout.yaml", nil
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, path, fmt.Errorf("config: %w", err)
	}
	return data, path, nil
}

// Parse decodes YAML over cfg. Unknown keys are errors.
func Parse(cfg *Config, data []byte, name string) error {
	if len(strings.TrimSpace(string(data))) == 0 {
		return nil
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil {
		err = explainYAMLError(data, err) // unknown keys by YAML path, not Go type
		return fmt.Errorf("%s: %s", name, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	for i := range cfg.Sources {
		if cfg.Sources[i].Schedule == "" {
			cfg.Sources[i].Schedule = DefaultSchedule
		}
	}
	return nil
}

// Source returns the source named name.
func (c *Config) Source(name string) (*Source, bool) {
	for i := range c.Sources {
		if c.Sources[i].Name == name {
			return &c.Sources[i], true
		}
	}
	return nil, false
}
