package main

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// latency is the result of one query shape at one client count.
type latency struct {
	Clients  int
	Queries  int
	Errors   int
	P50, P99 time.Duration
	QPS      float64
	Hits     int // total hits of the last answer (a sanity check)
}

// measure runs fn from clients goroutines until dur has passed or max
// queries were made, and returns the latency percentiles and throughput.
func measure(ctx context.Context, clients int, dur time.Duration, max int, fn func(ctx context.Context) (int, error)) latency {
	var mu sync.Mutex
	var lat []time.Duration
	var n, errs atomic.Int64
	var hits atomic.Int64
	deadline := time.Now().Add(dur)
	start := time.Now()
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) && ctx.Err() == nil {
				if n.Add(1) > int64(max) {
					return
				}
				t := time.Now()
				h, err := fn(ctx)
				d := time.Since(t)
				if err != nil {
					errs.Add(1)
					continue
				}
				hits.Store(int64(h))
				mu.Lock()
				lat = append(lat, d)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	el := time.Since(start)
	slices.Sort(lat)
	out := latency{Clients: clients, Queries: len(lat), Errors: int(errs.Load()), Hits: int(hits.Load())}
	if len(lat) > 0 {
		out.P50 = lat[len(lat)/2]
		out.P99 = lat[min(len(lat)-1, len(lat)*99/100)]
		out.QPS = float64(len(lat)) / el.Seconds()
	}
	return out
}

// cpuTime is this process's user+system CPU so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
