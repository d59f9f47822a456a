package config

import (
	"strings"
	"testing"
	"time"
)

func TestQueueKeys(t *testing.T) {
	tests := []struct {
		name, yaml string
		env        map[string]string
		want       string // "" = valid
	}{
		{"defaults", "", nil, ""},
		{"set", "queue:\n  workers: 2\n  job_timeout: 10s\n  rescue_after: 15s\n", nil, ""},
		{"env", "", map[string]string{"GIGSCOUT_QUEUE_JOB_TIMEOUT": "1m", "GIGSCOUT_QUEUE_RESCUE_AFTER": "2m"}, ""},
		{"zero workers", "queue:\n  workers: 0\n", nil, "queue.workers: must be between 1 and 256"},
		{"no timeout", "queue:\n  job_timeout: 0s\n", nil, "queue.job_timeout: must be positive"},
		{"rescue before timeout", "queue:\n  job_timeout: 10m\n  rescue_after: 5m\n", nil, "queue.rescue_after: must exceed queue.job_timeout (10m0s)"},
		{"unknown key", "queue:\n  worker: 2\n", nil, "unknown key queue.worker (did you mean queue.workers?)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Load(write(t, tt.yaml), func(k string) string { return tt.env[k] })
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if cfg.Queue.RescueAfter <= cfg.Queue.JobTimeout || cfg.Queue.Workers < 1 {
					t.Errorf("queue = %+v", cfg.Queue)
				}
				if tt.env != nil && time.Duration(cfg.Queue.JobTimeout) != time.Minute {
					t.Errorf("job_timeout = %v, want the environment's 1m", time.Duration(cfg.Queue.JobTimeout))
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}
