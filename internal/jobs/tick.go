package jobs

import (
	"time"

	"github.com/robfig/cron/v3"
)

// Ticks is a source's schedule as one grid of instants shared by every
// process: a crawl job is unique per (source, tick), so N workers, a new
// queue leader or a worker started late never crawl one tick twice.
//
// A cron expression already is such a grid. "@every D" is not (robfig/cron
// counts it from when each process started): Ticks aligns it on multiples
// of D since the Unix epoch.
type Ticks struct {
	s     cron.Schedule
	every time.Duration // > 0 for "@every D"
}

// NewTicks wraps a parsed robfig/cron schedule.
func NewTicks(s cron.Schedule) Ticks {
	if c, ok := s.(cron.ConstantDelaySchedule); ok {
		return Ticks{s: s, every: c.Delay}
	}
	return Ticks{s: s}
}

// Next is the first tick after t (river.PeriodicSchedule).
func (k Ticks) Next(t time.Time) time.Time {
	if k.every > 0 {
		return time.Unix(0, 0).Add(t.Sub(time.Unix(0, 0)).Truncate(k.every) + k.every).UTC()
	}
	return k.s.Next(t).UTC()
}

// Prev is the last tick at or before t.
func (k Ticks) Prev(t time.Time) time.Time {
	if k.every > 0 {
		return time.Unix(0, 0).Add(t.Sub(time.Unix(0, 0)).Truncate(k.every)).UTC()
	}
	// Look back over growing windows until one holds a tick, then walk
	// forward to the last one; bounded: a window holds few ticks.
	for _, back := range []time.Duration{time.Minute, time.Hour, 24 * time.Hour, 8 * 24 * time.Hour, 32 * 24 * time.Hour, 367 * 24 * time.Hour, 5 * 366 * 24 * time.Hour} {
		s := k.s.Next(t.Add(-back))
		if s.IsZero() || s.After(t) {
			continue
		}
		for i := 0; i < 100_000; i++ {
			n := k.s.Next(s)
			if n.IsZero() || n.After(t) {
				break
			}
			s = n
		}
		return s.UTC()
	}
	return time.Time{}
}

// Due reports whether a source last crawled successfully at last (zero:
// never) is due at now: a tick has passed since.
func (k Ticks) Due(last, now time.Time) bool {
	return last.IsZero() || !k.Next(last).After(now)
}
