//go:build race

package textcue

// raceEnabled: the race detector slows the matchers about tenfold; the
// differential tests then take fewer texts (the fuzz targets and the runs
// without -race take the full count).
const raceEnabled = true
