//go:build !race

package redflag

// raceEnabled: see race_on_test.go.
const raceEnabled = false
