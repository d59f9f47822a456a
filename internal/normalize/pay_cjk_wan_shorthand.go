package normalize

// A lone digit written straight after 万 or 萬 (table tests in
// pay_cjk_wan_shorthand_test.go) counts thousands: Japanese and Chinese
// boards shorten 28万8千 to "28万8" and 1万5千 to "1万5", the digit filling
// the place right below the ten thousands. cjkAmount read it as units
// (280008). Two or more digits stay what they say ("25万3000", "30万500"),
// as does a digit after a space ("20万 5日"). Korean 만 is left as it was.

// wanLoneThousands reports whether after, the text of an amount right
// after its 万 or 萬 (ASCII digits, cjkASCII), is a lone digit that counts
// thousands.
func wanLoneThousands(after string) bool {
	if after == "" || !isDigit(after[0]) {
		return false
	}
	return len(after) == 1 || !isDigit(after[1]) && after[1] != '.' && after[1] != ','
}
