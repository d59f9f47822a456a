package normalize

import "strings"

// trimPostcodeTail drops a postcode written after a town and its code,
// "Berlin, DE, 10557" -> "Berlin, DE", so that the code is read where it
// ends the location, as the town-code readers want it (table tests in
// region_postcode_tail_test.go): read with the postcode, ", DE," took DE for
// Delaware next to Berlin's Germany. Other locations come back unchanged.
func trimPostcodeTail(loc string) string {
	i := strings.LastIndexByte(loc, ',')
	if i < 4 || len(loc) > 80 {
		return loc
	}
	tail := strings.TrimSpace(loc[i+1:])
	if len(tail) < 4 || len(tail) > 6 {
		return loc
	}
	for j := 0; j < len(tail); j++ {
		if tail[j] < '0' || tail[j] > '9' {
			return loc
		}
	}
	head := strings.TrimRight(loc[:i], " ")
	// The part before must end in ", XX": a town and a two-letter code.
	if len(head) < 5 || head[len(head)-3] != ' ' && head[len(head)-3] != ',' {
		return loc
	}
	c0, c1 := head[len(head)-2], head[len(head)-1]
	if c0 < 'A' || c0 > 'Z' || c1 < 'A' || c1 > 'Z' || !strings.Contains(head[:len(head)-2], ",") {
		return loc
	}
	return head
}
