package normalize

// Spanish abbreviates gross pay with its period after a slash: "b/a"
// (bruto anual, gross a year), "b/m" (bruto mensual, a month), as in
// "€36.000 - €42.000 b/a". The money scanner would read that "b" as a
// billion after the amount; a "b" or "B" with a slash and a letter right
// after it is that abbreviation instead, and no multiplier.

// grossSlashB reports whether the multiplier s[i:j] is a lone "b" or "B"
// followed by "/" and a letter ("b/a", "B/M").
func grossSlashB(s string, i, j int) bool {
	return j == i+1 && s[i]|0x20 == 'b' && j+1 < len(s) && s[j] == '/' && isASCIILetter(s[j+1])
}

// isASCIILetter reports an ASCII letter.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
