package normalize

import "strings"

// Two shapes of a location entry whose last part trips the place reader
// (table tests in region_entry_tail_forms_test.go):
//
//   - a full stop after the place, as typed in a free-text field
//     ("Canada.", "Remote - Ireland."): the stop is glued to the last word,
//     so the name is not found; the entry is read again without it, and
//     only when it named nothing with it;
//   - a US state code, a dash and the country ("OH-US", "KY - USA"): the
//     state of the United States, not also the country that shares the
//     code (India for IN, Germany for DE). "CA-US" stays as it was, as
//     "CA" beside "US" is most often Canada in a pair of countries.
//
// The dotted short form of the Emirates ("U.A.E.") is a name of its own,
// as "U.S." and "U.K." are.

func init() {
	addRegionName("u.a.e.", "AE")
	addRegionName("u.a.e", "AE")
}

// fullStopEntry reads an entry that ends in a full stop as the same entry
// without it.
func fullStopEntry(loc string) []string {
	t := strings.TrimSpace(loc)
	if !strings.HasSuffix(t, ".") {
		return nil
	}
	t = strings.TrimRight(t, ". ")
	if t == "" {
		return nil
	}
	return Regions(t)
}

// stateDashUS reports an entry that is a US state code, a dash and the
// country: "IN-US", "GA - USA".
func stateDashUS(loc string) bool {
	t := strings.TrimSpace(loc)
	if len(t) < 5 || len(t) > 10 || t[2] != '-' && t[2] != ' ' {
		return false
	}
	code := t[:2]
	if code == "CA" || !usStates[code] {
		return false
	}
	rest := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(t[2:]), "-"))
	return rest == "US" || rest == "USA"
}
