package normalize

// One Indian board prints its tenure as two words joined by a slash after
// the hours: "Full Time, Temporary/Contractual", "Part Time,
// Temporary/Contractual". The slash
// splits the pair into parts of their own, and "Full Time" comes first, so
// a fixed-term full-time post read as full time. slashTenureWord gives the
// pair as its first word ("Full Time, Temporary"), which the field readers
// know: full time and temporary is a contract, part time and temporary part
// time. A field without one of the pairs is returned as it is.
func slashTenureWord(field string) string {
	if len(field) > 64 {
		return field
	}
	for _, pair := range [...]struct{ joined, first string }{
		{"temporary/contractual", "Temporary"}, {"temporary / contractual", "Temporary"},
	} {
		if i := indexFold(field, pair.joined); i >= 0 {
			return field[:i] + pair.first + field[i+len(pair.joined):]
		}
	}
	return field
}
