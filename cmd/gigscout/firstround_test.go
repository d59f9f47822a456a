package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/config"
	"github.com/gigscout/gigscout/internal/model"
)

// TestFirstRoundWhenNothingAnswers serves with two sources on a closed
// port of 127.0.0.1: one summary line after the first round, the cause
// first, /readyz not ready, and the search page explaining why it is empty.
func TestFirstRoundWhenNothingAnswers(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := ln.Addr().String()
	ln.Close()
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "gigscout.yaml")
	os.WriteFile(cfgPath, []byte(fmt.Sprintf(`data_dir: %s
server: {addr: "127.0.0.1:0"}
crawler: {allow_private: true, per_host_delay: 0s, retries: 0, timeout: 5s}
sources:
  - {name: one, kind: greenhouse, board: one, base_url: "http://%s/gh"}
  - {name: two, kind: lever, site: two, base_url: "http://%s"}
`, filepath.Join(dir, "data"), dead, dead)), 0o644)
	e := &env{getenv: func(string) string { return "" }, configPath: cfgPath}
	cfg, err := e.config()
	if err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	m, err := Open(context.Background(), cfg, slog.New(slog.NewTextHandler(&logs, nil)), OpenOptions{Index: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return strings.Contains(logs.String(), "first crawl round finished") })
	line := ""
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.Contains(l, "first crawl round finished") {
			if line != "" {
				t.Errorf("two summary lines:\n%s\n%s", line, l)
			}
			line = l
		}
	}
	for _, want := range []string{"level=WARN", "ok=0", "failed=2", "listings=0", `cause="connect: connection refused ` + dead} {
		if !strings.Contains(line, want) {
			t.Errorf("summary line lacks %s:\n%s", want, line)
		}
	}
	base := "http://" + m.Addr()
	var ready map[string]any
	waitFor(t, func() bool { return getJSON(t, base+"/readyz", &ready) == http.StatusServiceUnavailable })
	if r, _ := ready["reason"].(string); !strings.Contains(r, "2 of 2 sources failed") {
		t.Errorf("/readyz reason: %v", ready)
	}
	resp, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	var page bytes.Buffer
	page.ReadFrom(resp.Body)
	resp.Body.Close()
	if !strings.Contains(page.String(), "2 of 2 sources failed on their last run: connect: connection refused") {
		t.Errorf("the search page does not explain the failures:\n%s", page.String())
	}
}

// TestShippedFloorsReachTheEngine: the shipped pay.floors table reaches the
// red-flag engine, and a fair rate in India is not "low pay".
func TestShippedFloorsReachTheEngine(t *testing.T) {
	cfg, err := config.Load("../../config/gigscout.yaml", func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	eng, err := newEngine(cfg)
	if err != nil {
		t.Fatal(err)
	}
	floors := eng.Options().Floors
	if f, ok := floors["IN"]; !ok || f.MicroHourlyUSD <= 0 || !strings.Contains(f.Source, "in force 2017-06-01") {
		t.Fatalf("IN floor = %+v", floors["IN"])
	}
	l := &model.Listing{Title: "Data cleaning micro-internship", Company: "Acme", Type: model.TypeMicroInternship, RemoteRegions: []string{"IN"},
		Remote: model.RemoteRemote, Text: "Clean a survey dataset and deliver a report to your mentor within two weeks, about 10 hours in total.",
		Pay: &model.Pay{Min: 400, Max: 400, Currency: "INR", Unit: model.UnitHour, Source: model.FromStructured, Hourly: 400, HourlyUSD: 4.8}}
	eng.Assess(l)
	for _, f := range l.Flags {
		if f.ID == "PAY_BELOW_FLOOR" {
			t.Errorf("INR 400 an hour in India flagged as low pay: %s", f.Reason)
		}
	}
}
