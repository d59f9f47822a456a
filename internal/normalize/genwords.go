//go:build ignore

// genwords holds what the table generators share (gentowns.go,
// gensubdivisions.go); each is run with it: `go run gentowns.go genwords.go`.
// fold is each generator's own.
package main

import (
	"log"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readWords reads a word list, one word a line, folded; lowerOnly keeps the
// words written in lower case only (common words, not names). Words with
// an apostrophe are left out.
func readWords(path string, lowerOnly bool) map[string]bool {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	out := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.Contains(l, "'") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(l); lowerOnly && !unicode.IsLower(r) {
			continue
		}
		out[fold(l)] = true
	}
	return out
}
