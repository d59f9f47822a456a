package normalize

// currencyMarkers reads a description byte by byte, and most bytes are
// lower-case letters, spaces and punctuation that start no marker: a
// marker starts at '$', a byte past ASCII, an upper-case letter, or one of
// "d", "p", "e", "r" (dollar, pound, euro, rupee) that isWordStartAfterNumber
// accepts, so within five bytes after a digit. markerSkip lets the loop
// pass over the others with one table look.

// markerLead marks the bytes markerSkip never skips: '$', bytes past
// ASCII, upper-case letters, and digits (which open the window in which
// lower-case letters are read too).
var markerLead = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c == '$' || c >= 0x80 || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// markerWindow is how far after a digit currencyMarkers reads every byte:
// isWordStartAfterNumber looks back over two spaces and two k's at most,
// so a currency word starts five bytes after its digit or nearer.
const markerWindow = 8

// markerSkip reports whether currencyMarkers may pass over s[i] (c), no
// case of its switch being able to start there; near (the end of the
// window after the last digit) is moved past a digit.
func markerSkip(c byte, i int, near *int) bool {
	if flagspeed8Off {
		return false
	}
	if !markerLead[c] {
		return i >= *near
	}
	if '0' <= c && c <= '9' {
		*near = i + markerWindow
	}
	return false
}
