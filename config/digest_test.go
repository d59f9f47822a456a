package config

import (
	"strings"
	"testing"
	"time"
)

func TestDigestValidation(t *testing.T) {
	tests := []struct {
		yaml, key string
	}{
		{"digest: {from: \"not an address\"}", "digest.from"},
		{"digest: {max_listings: 0}", "digest.max_listings"},
		{"digest: {max_listings: 101}", "digest.max_listings"},
		{"digest: {smtp: {host: \"\"}}", "digest.smtp.host"},
		{"digest: {smtp: {port: 70000}}", "digest.smtp.port"},
		{"digest: {smtp: {timeout: 0s}}", "digest.smtp.timeout"},
		{"digest: {smtp: {tls: ssl}}", "digest.smtp.tls"},
		{"digest: {smtp: {username: u, password_env: \"\"}}", "digest.smtp.password_env"},
		{"digest: {send_emtpy: true}", "send_emtpy"},
	}
	for _, tt := range tests {
		_, err := LoadData([]byte(tt.yaml), "test.yaml", func(string) string { return "" })
		if err == nil || !strings.Contains(err.Error(), tt.key) {
			t.Errorf("%s: error %v, want one naming %s", tt.yaml, err, tt.key)
		}
	}
	cfg, err := LoadData([]byte("digest: {send_empty: true, max_listings: 5, smtp: {timeout: 5s}}"), "test.yaml", func(k string) string {
		if k == "GIGSCOUT_DIGEST_SMTP_PORT" {
			return "2525"
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.Digest.SendEmpty || cfg.Digest.MaxListings != 5 || cfg.Digest.SMTP.Port != 2525 || time.Duration(cfg.Digest.SMTP.Timeout) != 5*time.Second {
		t.Errorf("digest = %+v", cfg.Digest)
	}
}
