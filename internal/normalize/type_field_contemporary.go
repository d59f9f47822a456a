package normalize

import "strings"

// keyNamesTemporary reports whether a folded employment-type key (letters
// only, "contemporaryrole") holds "temporary" as its own word and not only
// inside "contemporary": a field about a contemporary art role names no
// temporary post, while "Temporary contract" and "Contemporary dance,
// temporary" still do.
func keyNamesTemporary(key string) bool {
	return strings.Contains(strings.ReplaceAll(key, "contemporar", ""), "temporary")
}
