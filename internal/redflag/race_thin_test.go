package redflag

import "testing"

// raceThin is how much the newer differential tests thin their large
// text sets under the race detector or -short (the package's tests run
// near the go test time limit under -race).
func raceThin() int {
	if testing.Short() || raceEnabled {
		return 3
	}
	return 1
}

// thinTexts keeps the first lead texts (the hand-written cases) and every
// raceThin()th text after them.
func thinTexts(texts []string, lead int) []string {
	n := raceThin()
	if n == 1 || len(texts) <= lead {
		return texts
	}
	out := texts[:lead:lead]
	for i := lead; i < len(texts); i += n {
		out = append(out, texts[i])
	}
	return out
}
