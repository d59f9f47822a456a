package normalize

import "strings"

// A remote title ending with a place after a comma (table tests in
// region_title_comma_tail_test.go): "Product Designer, Europe", "Account
// Executive, Canada", "Sales Engineer, DACH". titleRegionsMore reads a
// place after a dash, a bar or in brackets; a comma more often leads a
// team or a specialty ("Engineer, Payments"), so the tail counts only when
// all of it, one to three words, is a region's name, code or group, and
// only when the locations named no region.

// titleCommaTail returns the regions of such a tail, or nil.
func titleCommaTail(title string) []string {
	i := strings.LastIndexByte(title, ',')
	if i <= 0 || i+1 >= len(title) {
		return nil
	}
	tail := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(title[i+1:]), ".)"))
	if n := len(strings.Fields(tail)); n == 0 || n > 3 {
		return nil
	}
	return wholeRegion(tail)
}
