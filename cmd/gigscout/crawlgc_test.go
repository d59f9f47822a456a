package main

import (
	"runtime/debug"
	"testing"
)

func TestTuneCrawlGC(t *testing.T) {
	gcPercent := func() int { p := debug.SetGCPercent(100); debug.SetGCPercent(p); return p }
	before, beforeLimit := gcPercent(), debug.SetMemoryLimit(-1)
	for _, tc := range []struct {
		name             string
		env              map[string]string
		wantGC           int
		wantLimitChanged bool
	}{
		{"defaults", nil, crawlGCPercent, true},
		{"GOGC wins", map[string]string{"GOGC": "50"}, before, true},
		{"GOMEMLIMIT wins", map[string]string{"GOMEMLIMIT": "1GiB"}, crawlGCPercent, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			restore := tuneCrawlGC(func(k string) string { return tc.env[k] })
			gotGC, gotLimit := gcPercent(), debug.SetMemoryLimit(-1)
			restore()
			if gotGC != tc.wantGC {
				t.Errorf("GC percent during the crawl = %d, want %d", gotGC, tc.wantGC)
			}
			if changed := gotLimit != beforeLimit; changed != tc.wantLimitChanged || (changed && gotLimit != crawlMemoryLimit) {
				t.Errorf("memory limit during the crawl = %d (before %d), want changed=%v", gotLimit, beforeLimit, tc.wantLimitChanged)
			}
			if gcPercent() != before || debug.SetMemoryLimit(-1) != beforeLimit {
				t.Errorf("not restored: GC percent %d, limit %d", gcPercent(), debug.SetMemoryLimit(-1))
			}
		})
	}
}
