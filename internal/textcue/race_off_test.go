//go:build !race

package textcue

// raceEnabled: see race_on_test.go.
const raceEnabled = false
