package config

import (
	"errors"
	"fmt"
	"maps"
	"net"
	"net/mail"
	"net/netip"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

var reName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// Kinds lists the source kinds and the keys each requires.
var Kinds = map[string][]string{
	"greenhouse": {"board"}, "lever": {"site"}, "ashby": {"board"}, "workable": {"account"},
	"smartrecruiters": {"company"}, "recruitee": {"company"}, "remoteok": nil, "remotive": nil,
	"himalayas": nil, "jobicy": nil, "hackernews": nil, "rss": {"urls"}, "jsonld": {"start_urls"},
	"html": {"start_urls", "item", "fields"}, "usajobs": {"keyword", "api_key_env", "email_env"},
}

var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// ParseSchedule parses a robfig/cron spec: five fields or a descriptor
// such as "@every 6h" or "@daily".
func ParseSchedule(spec string) (cron.Schedule, error) { return cronParser.Parse(spec) }

// Validate checks every value and returns all problems, each naming its key.
func (c *Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", key, fmt.Sprintf(format, args...)))
	}
	if strings.TrimSpace(c.DataDir) == "" {
		bad("data_dir", "must not be empty")
	}
	if d := c.Store.DSN; d != "" {
		switch {
		case strings.HasPrefix(d, "sqlite:") && len(d) > len("sqlite:"):
		case strings.HasPrefix(d, "postgres://"), strings.HasPrefix(d, "postgresql://"):
		default:
			bad("store.dsn", "%q is neither sqlite:PATH nor postgres://...", redactDSN(d))
		}
	}
	if _, _, err := net.SplitHostPort(c.Server.Addr); err != nil {
		bad("server.addr", "invalid address %q (want host:port)", c.Server.Addr)
	}
	if u, err := url.Parse(c.Server.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("server.public_url", "invalid URL %q", c.Server.PublicURL)
	}
	for i, o := range c.Server.AllowedOrigins {
		if o != "*" && !strings.HasPrefix(o, "http://") && !strings.HasPrefix(o, "https://") {
			bad(fmt.Sprintf("server.allowed_origins[%d]", i), "%q is neither * nor an http(s) origin", o)
		}
	}
	if t := c.Server.AdminToken; t != "" && len(t) < 16 {
		bad("server.admin_token", "must be at least 16 characters (or empty to turn the admin endpoints off)")
	}
	if t := c.Server.WidgetSecret; t != "" && len(t) < 32 {
		bad("server.widget_secret", "must be at least 32 characters (or empty to generate one into the data directory)")
	}
	for i, p := range c.Server.TrustedProxies {
		if _, err := netip.ParsePrefix(p); err != nil {
			if _, err := netip.ParseAddr(p); err != nil {
				bad(fmt.Sprintf("server.trusted_proxies[%d]", i), "%q is neither an IP address nor a CIDR range like 10.0.0.0/8", p)
			}
		}
	}
	if c.Server.RateLimit.PerSecond < 0 {
		bad("server.rate_limit.per_second", "must not be negative, got %v", c.Server.RateLimit.PerSecond)
	}
	if c.Server.RateLimit.Burst < 0 {
		bad("server.rate_limit.burst", "must not be negative, got %d", c.Server.RateLimit.Burst)
	}
	if a := c.Server.Admission; a.MaxInFlight < 0 {
		bad("server.admission.max_in_flight", "must not be negative, got %d", a.MaxInFlight)
	}
	if a := c.Server.Admission; a.MaxQueue < 0 {
		bad("server.admission.max_queue", "must not be negative, got %d", a.MaxQueue)
	}
	if a := c.Server.Admission; a.QueueWait < 0 {
		bad("server.admission.queue_wait", "must not be negative, got %v", time.Duration(a.QueueWait))
	}
	if a := c.Server.Admission; a.Timeout < 0 {
		bad("server.admission.timeout", "must not be negative, got %v", time.Duration(a.Timeout))
	}
	c.validateCrawler(bad)
	c.validateSources(bad)
	if c.Pay.FloorHourlyUSD <= 0 {
		bad("pay.floor_hourly_usd", "must be positive, got %v", c.Pay.FloorHourlyUSD)
	}
	if c.Pay.RatesDate != "" {
		if _, err := time.Parse("2006-01-02", c.Pay.RatesDate); err != nil {
			bad("pay.rates_date", "invalid date %q (want YYYY-MM-DD)", c.Pay.RatesDate)
		}
	}
	for cur, r := range c.Pay.USDRates {
		if len(cur) != 3 || strings.ToUpper(cur) != cur || r <= 0 {
			bad("pay.usd_rates."+cur, "want a positive rate for a 3-letter ISO 4217 code, got %v", r)
		}
	}
	for code, f := range c.Pay.Floors {
		key := "pay.floors." + code
		switch {
		case len(code) != 2 || strings.ToUpper(code) != code:
			bad(key, "want a 2-letter ISO 3166 country code in capitals, like IN")
		case f.MicroHourlyUSD <= 0 || f.MinWageHourlyUSD < 0:
			bad(key, "micro_hourly_usd must be positive and min_wage_hourly_usd not negative")
		case strings.TrimSpace(f.Source) == "":
			bad(key+".source", "required: say where the figures come from")
		}
		if _, err := time.Parse("2006-01-02", f.AsOf); err != nil {
			bad(key+".as_of", "invalid date %q (want YYYY-MM-DD: when the figures were in force)", f.AsOf)
		}
	}
	for id, f := range c.Flags {
		switch f.Severity {
		case "", "low", "medium", "high":
		default:
			bad("flags."+id+".severity", "invalid severity %q (low, medium or high)", f.Severity)
		}
	}
	if _, err := ParseSchedule(c.Digest.Schedule); err != nil {
		bad("digest.schedule", "invalid cron spec %q", c.Digest.Schedule)
	}
	switch c.Digest.SMTP.TLS {
	case "starttls", "tls", "none":
	default:
		bad("digest.smtp.tls", "invalid value %q (starttls, tls or none)", c.Digest.SMTP.TLS)
	}
	c.validateDigest(bad)
	c.validateQueue(bad)
	return errors.Join(errs...)
}

func (c *Config) validateCrawler(bad func(key, format string, args ...any)) {
	cr := c.Crawler
	if strings.TrimSpace(cr.UserAgent) == "" {
		bad("crawler.user_agent", "must not be empty: sites need to know who is crawling")
	}
	if cr.PerHostDelay < 0 {
		bad("crawler.per_host_delay", "must not be negative")
	}
	if cr.Parallelism < 1 || cr.Parallelism > 64 {
		bad("crawler.parallelism", "must be between 1 and 64, got %d", cr.Parallelism)
	}
	if cr.Timeout <= 0 {
		bad("crawler.timeout", "must be positive")
	}
	if cr.MaxBody <= 0 {
		bad("crawler.max_body", "must be positive")
	}
	if cr.Retries < 0 || cr.Retries > 10 {
		bad("crawler.retries", "must be between 0 and 10, got %d", cr.Retries)
	}
}

func (c *Config) validateSources(bad func(key, format string, args ...any)) {
	names := map[string]bool{}
	for i, s := range c.Sources {
		key := fmt.Sprintf("sources[%d]", i)
		if !reName.MatchString(s.Name) {
			bad(key+".name", "invalid name %q (lowercase letters, digits and -)", s.Name)
		} else if names[s.Name] {
			bad(key+".name", "duplicate name %q", s.Name)
		}
		names[s.Name] = true
		required, ok := Kinds[s.Kind]
		if !ok {
			bad(key+".kind", "%s", unknownKind(s.Kind))
			continue
		}
		for _, r := range required {
			if missing(s, r) {
				bad(key+"."+r, "required for kind %s", s.Kind)
			}
		}
		if _, err := ParseSchedule(s.Schedule); err != nil {
			bad(key+".schedule", "invalid cron spec %q", s.Schedule)
		}
		if s.BaseURL != "" {
			if u, err := url.Parse(s.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				bad(key+".base_url", "invalid URL %q", s.BaseURL)
			}
		}
		for j, u := range append(append([]string{}, s.URLs...), s.StartURLs...) {
			if pu, err := url.Parse(u); err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
				bad(fmt.Sprintf("%s.urls[%d]", key, j), "invalid URL %q", u)
			}
		}
		if s.MaxPages < 0 || s.MaxPages > 1000 {
			bad(key+".max_pages", "must be between 0 and 1000, got %d", s.MaxPages)
		}
	}
}

func missing(s Source, key string) bool {
	switch key {
	case "board":
		return strings.TrimSpace(s.Board) == ""
	case "site":
		return strings.TrimSpace(s.Site) == ""
	case "account":
		return strings.TrimSpace(s.Account) == ""
	case "company":
		return strings.TrimSpace(s.Company) == ""
	case "urls":
		return len(s.URLs) == 0
	case "start_urls":
		return len(s.StartURLs) == 0
	case "item":
		return strings.TrimSpace(s.Item) == ""
	case "fields":
		return s.Fields["title"] == "" || s.Fields["url"] == ""
	case "keyword":
		return strings.TrimSpace(s.Keyword) == ""
	case "api_key_env":
		return s.APIKeyEnv == ""
	case "email_env":
		return s.EmailEnv == ""
	}
	return false
}

func (c *Config) validateDigest(bad func(key, format string, args ...any)) {
	d := c.Digest
	if a, err := mail.ParseAddress(d.From); err != nil || !strings.Contains(a.Address, "@") {
		bad("digest.from", "want an address like \"gigscout <digest@example.org>\", got %q", d.From)
	}
	if d.MaxListings < 1 || d.MaxListings > 100 {
		bad("digest.max_listings", "must be between 1 and 100, got %d", d.MaxListings)
	}
	if strings.TrimSpace(d.SMTP.Host) == "" {
		bad("digest.smtp.host", "must not be empty")
	}
	if d.SMTP.Port < 1 || d.SMTP.Port > 65535 {
		bad("digest.smtp.port", "must be between 1 and 65535, got %d", d.SMTP.Port)
	}
	if d.SMTP.Timeout <= 0 {
		bad("digest.smtp.timeout", "must be positive")
	}
	if d.SMTP.Username != "" && strings.TrimSpace(d.SMTP.PasswordEnv) == "" {
		bad("digest.smtp.password_env", "must name the environment variable holding the password of digest.smtp.username")
	}
}

func (c *Config) validateQueue(bad func(key, format string, args ...any)) {
	q := c.Queue
	if q.Workers < 1 || q.Workers > 256 {
		bad("queue.workers", "must be between 1 and 256, got %d", q.Workers)
	}
	if q.JobTimeout <= 0 {
		bad("queue.job_timeout", "must be positive, got %v", time.Duration(q.JobTimeout))
	}
	if q.RescueAfter <= q.JobTimeout {
		bad("queue.rescue_after", "must exceed queue.job_timeout (%v), got %v", time.Duration(q.JobTimeout), time.Duration(q.RescueAfter))
	}
}

// redactDSN hides a password in a DSN for messages.
func redactDSN(dsn string) string {
	return regexp.MustCompile(`(://[^:/@]*:)[^@/]*@`).ReplaceAllString(dsn, "${1}xxxxx@")
}

// unknownKind says a source's kind is none of Kinds, suggests the closest
// (by edit distance, at most 2) and lists them all.
func unknownKind(kind string) string {
	kinds := slices.Sorted(maps.Keys(Kinds))
	msg := fmt.Sprintf("unknown kind %q", kind)
	if dm := closest(kind, kinds); dm != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", dm)
	}
	return msg + "; kinds: " + strings.Join(kinds, ", ")
}
