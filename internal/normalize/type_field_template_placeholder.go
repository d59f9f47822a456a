package normalize

import "strings"

// A page rendered by a template engine can carry its unfilled slots: a
// type field that is only "{{contracttypetxt}}" holds a variable's name,
// no value, and the word inside it ("contract...") was read as a contract.
// templatePlaceholderField reports such a field: one "{{...}}" slot and
// nothing else. A field holding a value beside a slot keeps its reading.
// Table tests: type_field_template_placeholder_test.go.
func templatePlaceholderField(raw string) bool {
	s := strings.TrimSpace(raw)
	if len(s) < 5 || !strings.HasPrefix(s, "{{") || !strings.HasSuffix(s, "}}") {
		return false
	}
	inner := s[2 : len(s)-2]
	return !strings.ContainsAny(inner, "{}")
}
