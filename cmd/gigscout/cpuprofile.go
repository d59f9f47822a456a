package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
)

// startCPUProfile writes the CPU profile of the running command to the file
// named by env GIGSCOUT_CPUPROFILE, and an execution trace to the file named
// by env GIGSCOUT_TRACE, when set (for measuring `gigscout crawl`; cmd/gigbench
// -cpuprofile sets the first). The trace shows where goroutines wait (`go tool
// trace -pprof=sync|sched|syscall FILE`), which a CPU profile cannot. The
// returned stop writes them out; it is a no-op when neither is set.
func startCPUProfile(e *env) (stop func(), err error) {
	var stops []func()
	stop = func() {
		for i := len(stops) - 1; i >= 0; i-- {
			stops[i]()
		}
	}
	if path := e.getenv("GIGSCOUT_CPUPROFILE"); path != "" {
		s, err := startOutput(e, "GIGSCOUT_CPUPROFILE", path, pprof.StartCPUProfile, pprof.StopCPUProfile)
		if err != nil {
			return nil, err
		}
		stops = append(stops, s)
	}
	if path := e.getenv("GIGSCOUT_TRACE"); path != "" {
		s, err := startOutput(e, "GIGSCOUT_TRACE", path, trace.Start, trace.Stop)
		if err != nil {
			stop()
			return nil, err
		}
		stops = append(stops, s)
	}
	return stop, nil
}

// startOutput creates path and starts a profile or trace writing to it; the
// returned stop ends it and closes the file.
func startOutput(e *env, name, path string, start func(w io.Writer) error, end func()) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := start(f); err != nil {
		return nil, fmt.Errorf("%s: %w", name, errors.Join(err, f.Close()))
	}
	return func() {
		end()
		if err := f.Close(); err != nil {
			e.log.Warn("writing the profile failed", "file", path, "error", err)
		}
	}, nil
}

// writeHeapProfile writes the live heap (after a collection) to the file
// named by env GIGSCOUT_HEAPPROFILE, when set: what a crawl still holds
// when its runs are done, before the store and index are closed.
func writeHeapProfile(e *env) {
	path := e.getenv("GIGSCOUT_HEAPPROFILE")
	if path == "" {
		return
	}
	runtime.GC()
	f, err := os.Create(path)
	if err == nil {
		err = errors.Join(pprof.WriteHeapProfile(f), f.Close())
	}
	if err != nil {
		e.log.Warn("writing the heap profile failed", "file", path, "error", err)
	}
}
