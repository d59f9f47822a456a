package main

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/gigscout/gigscout/crawler"
)

// round counts the crawls started together right after start, and logs
// one summary line when the last of them finishes: how many sources
// answered, how many failed (and the first cause), how many listings are
// open. Nothing waits for it: the last crawl to finish writes the line.
type round struct {
	mu       sync.Mutex
	left     int
	ok       int
	failed   int
	fetched  int
	cause    string
	causeSrc string
}

// startRound runs srcs now through the scheduler and logs the summary of
// the round when all of them have finished.
func (m *Main) startRound(srcs []crawler.Source) {
	if len(srcs) == 0 {
		return
	}
	rd := &round{left: len(srcs)}
	for _, s := range srcs {
		m.sched.Go("crawl:"+s.Name(), func(ctx context.Context) {
			run, err := m.Runner.Run(ctx, s)
			if err != nil {
				m.Logger.Warn("crawl failed", "source", s.Name(), "error", err)
			}
			if rd.add(s.Name(), run, err) {
				m.logRound(ctx, rd)
			}
		})
	}
}

// add records one finished crawl and reports whether it was the last.
func (rd *round) add(name string, run *crawler.Run, err error) bool {
	rd.mu.Lock()
	defer rd.mu.Unlock()
	if run != nil {
		rd.fetched += run.Fetched
	}
	switch {
	case err == nil:
		rd.ok++
	default:
		rd.failed++
		if rd.cause == "" {
			rd.cause, rd.causeSrc = crawler.Cause(err), name
			if run != nil && len(run.ErrorTexts) > 0 {
				rd.cause = run.ErrorTexts[0]
			}
		}
	}
	rd.left--
	return rd.left == 0
}

// logRound writes the round's one summary line.
func (m *Main) logRound(ctx context.Context, rd *round) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	_, open, err := m.Store.Count(ctx)
	attrs := []any{"ok", rd.ok, "failed", rd.failed, "fetched", rd.fetched, "listings", open}
	if err != nil {
		attrs = append(attrs, "count_error", err)
	}
	level := slog.LevelInfo
	msg := "first crawl round finished"
	if rd.failed > 0 {
		attrs = append(attrs, "first_failure", rd.causeSrc, "cause", rd.cause)
		if rd.ok == 0 {
			level = slog.LevelWarn
			msg = "first crawl round finished: every source failed (see /sources; `make demo` works offline)"
		}
	}
	m.Logger.Log(ctx, level, msg, attrs...)
}
