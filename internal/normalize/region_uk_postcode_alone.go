package normalize

import "strings"

// ukPostcodeLoc returns "United Kingdom" for a location item that is a
// British postcode alone, with or without its inner space ("SW1E 5LB",
// "BB17DY", "Remote - EC2A 4NE"), as UK boards fill the location field
// from a postcode box; any other item comes back as it is. The shape is
// the Royal Mail's: one or two letters, a digit, a letter or digit or
// none, then a digit and two letters, the last three letters never C, I,
// K, M, O or V. Canada's "A1A 1A1" and the Netherlands' "1011 AB" are
// other shapes. Table tests in region_uk_postcode_alone_test.go.
func ukPostcodeLoc(loc string) string {
	t := strings.TrimSpace(loc)
	if len(t) < 5 || len(t) > 30 {
		return loc
	}
	words := strings.Fields(t)
	for len(words) > 0 && geoFiller[strings.ToLower(words[0])] {
		words = words[1:]
	}
	code := strings.Join(words, "")
	if !ukPostcode(code) || len(words) > 2 {
		return loc
	}
	return loc + ", United Kingdom"
}

// ukPostcode reports a British postcode written without spaces.
func ukPostcode(s string) bool {
	n := len(s)
	if n < 5 || n > 7 {
		return false
	}
	upper := func(b byte) bool { return b >= 'A' && b <= 'Z' }
	digit := func(b byte) bool { return b >= '0' && b <= '9' }
	in, out := s[:n-3], s[n-3:]
	if !digit(out[0]) || !upper(out[1]) || !upper(out[2]) || strings.ContainsAny(out[1:], "CIKMOV") {
		return false
	}
	// outward code: A9, A99, AA9, AA99, A9A, AA9A
	if !upper(in[0]) {
		return false
	}
	i := 1
	if i < len(in) && upper(in[i]) {
		i++
	}
	if i >= len(in) || !digit(in[i]) {
		return false
	}
	i++
	if i < len(in) && (digit(in[i]) || upper(in[i])) {
		i++
	}
	return i == len(in)
}
