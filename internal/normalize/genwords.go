//go:build ignore

// genwords holds what the table generators share (gentowns.go,
// gensubdivisions.go, gencountrynames.go); each is run with it: `go run
// gentowns.go genwords.go`.
// fold is each generator's own.
package main

import (
	"encoding/binary"
	"encoding/json"
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

// readMO returns a gettext catalog's translations (msgid -> msgstr), or nil
// when the file is missing.
func readMO(path string) map[string]string {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	if len(data) < 28 {
		log.Fatalf("%s: too short", path)
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if bo.Uint32(data) != 0x950412de {
		bo = binary.BigEndian
	}
	n := int(bo.Uint32(data[8:]))
	orig, tr := int(bo.Uint32(data[12:])), int(bo.Uint32(data[16:]))
	str := func(table, i int) string {
		l, o := int(bo.Uint32(data[table+8*i:])), int(bo.Uint32(data[table+8*i+4:]))
		return string(data[o : o+l])
	}
	m := make(map[string]string, n)
	for i := 0; i < n; i++ {
		if k := str(orig, i); k != "" {
			m[k] = str(tr, i)
		}
	}
	return m
}

// readGivenNames reads the comma-separated given-name lists of paths into
// one set of folded names.
func readGivenNames(paths string) map[string]bool {
	given := map[string]bool{}
	for _, f := range strings.Split(paths, ",") {
		if f != "" {
			for w := range readWords(f, false) {
				given[w] = true
			}
		}
	}
	return given
}

// readJSON decodes the JSON file at path into v.
func readJSON(path string, v any) {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		log.Fatal(err)
	}
}
