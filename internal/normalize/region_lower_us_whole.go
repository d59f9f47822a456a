package normalize

import "strings"

// A location field that holds nothing but the lower-case code "us" (some
// scrapers lower-case and pad the field: " us ") names the United States,
// as "uk" or "gb" alone name Britain. The pronoun reading needs other
// words round it, so the rule is for the whole field only: "join us",
// "us-based" and "about us" are left to the other readers.

// wholeLowerUS reports a location that is "us" alone, spaces aside.
func wholeLowerUS(loc string) bool {
	return len(loc) < 12 && strings.TrimSpace(loc) == "us"
}
