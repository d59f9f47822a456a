//go:build race

package redflag

// raceEnabled: the race detector slows the matchers about tenfold.
const raceEnabled = true
