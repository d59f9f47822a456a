package main

import (
	"runtime/debug"
)

// A crawl allocates fast (HTML to text, regexps, Bleve's analysis and
// segments) and keeps a modest live heap, so with the default GOGC of 100
// the collector took 8.8 % of its CPU (cmd/gigbench -ingest-only, 20,000
// listings); at 200 it takes 4.9 %, for about 1.5x the peak RSS (422 to
// 641 MB there). `gigscout crawl` is a batch job that exits when done, so
// it trades that memory for the CPU; the soft memory limit keeps a large
// corpus's crawl from growing past crawlMemoryLimit (the collector then
// runs as often as it must). GOGC and GOMEMLIMIT in the environment win.
const (
	crawlGCPercent   = 200
	crawlMemoryLimit = 2 << 30
)

// tuneCrawlGC sets the crawl's collector settings and returns a function
// restoring the previous ones.
func tuneCrawlGC(getenv func(string) string) (restore func()) {
	var undo []func()
	if getenv("GOGC") == "" {
		old := debug.SetGCPercent(crawlGCPercent)
		undo = append(undo, func() { debug.SetGCPercent(old) })
	}
	if getenv("GOMEMLIMIT") == "" {
		old := debug.SetMemoryLimit(crawlMemoryLimit)
		undo = append(undo, func() { debug.SetMemoryLimit(old) })
	}
	return func() {
		for _, f := range undo {
			f()
		}
	}
}
