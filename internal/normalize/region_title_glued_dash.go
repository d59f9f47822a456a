package normalize

import "strings"

// A remote title whose last part follows a dash glued to the word before
// it (table tests in region_title_glued_dash_test.go): "Account Manager-
// APAC", "Support Lead– UK". remoteTitleTail reads the part after a dash
// with a space before it ("Account Manager - APAC", "Manager -APAC"); a
// dash with a letter before it and a space after it is the same
// separator typed without its first space. A dash with no space after it
// joins a compound ("Full-Stack", "Front-End") and is not read; the part
// counts only when all of it is a region's name, code or group
// (wholeRegion), as there.

// titleGluedDashTail returns the regions of the part after the last
// glued dash of title, or nil.
func titleGluedDashTail(title string) []string {
	for i := len(title) - 2; i > 0; i-- {
		if title[i] != ' ' {
			continue
		}
		n := 0 // the dash's length before the space: '-' or "–"/"—" (3 bytes)
		switch {
		case title[i-1] == '-':
			n = 1
		case i >= 3 && title[i-3] == 0xe2 && title[i-2] == 0x80 && (title[i-1] == 0x93 || title[i-1] == 0x94):
			n = 3
		}
		if n == 0 || i-n < 1 {
			continue
		}
		before := title[i-n-1]
		if !(before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z' || before == ')') {
			return nil // " - " or a dash after a digit: not this shape
		}
		tail := strings.TrimSpace(title[i+1:])
		if len(tail) < 2 || len(tail) > 30 || strings.ContainsAny(tail, "-–—|()") {
			return nil
		}
		return wholeRegion(tail) // remote_languages.go
	}
	return nil
}
