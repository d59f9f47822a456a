package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// startCPUProfile writes the CPU profile of the running command to the file
// named by env GIGSCOUT_CPUPROFILE, when set (for measuring `gigscout
// crawl`; cmd/gigbench -cpuprofile sets it). The returned stop writes the
// profile out; it is a no-op when the variable is unset.
func startCPUProfile(e *env) (stop func(), err error) {
	path := e.getenv("GIGSCOUT_CPUPROFILE")
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("GIGSCOUT_CPUPROFILE: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("GIGSCOUT_CPUPROFILE: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			e.log.Warn("writing the CPU profile failed", "file", path, "error", err)
		}
	}, nil
}
