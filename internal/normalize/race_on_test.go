//go:build race

package normalize

// raceEnabled: the race detector slows the plain regexps tenfold.
const raceEnabled = true
