package main

import (
	"fmt"
	"hash/fnv"
)

// splitPart selects part of the EMSCAD sample. Rule design looks at the
// design part only; the held part (about a third, chosen by a fixed hash of
// the job id, not by content) is kept aside to check that the rules
// generalize.
type splitPart int

const (
	splitAll splitPart = iota
	splitDesign
	splitHeld
)

// holdoutSalt fixes the hash split.
const holdoutSalt = "gigscout-holdout-4:"

func parseSplit(s string) (splitPart, error) {
	switch s {
	case "", "all":
		return splitAll, nil
	case "design":
		return splitDesign, nil
	case "held":
		return splitHeld, nil
	}
	return splitAll, fmt.Errorf("evalflags: -split must be all, design or held, not %q", s)
}

// heldOut reports whether an EMSCAD job id is in the held part.
func heldOut(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(holdoutSalt + id))
	return h.Sum32()%3 == 0
}

func (p splitPart) includes(id string) bool {
	switch p {
	case splitDesign:
		return !heldOut(id)
	case splitHeld:
		return heldOut(id)
	}
	return true
}
