package normalize

import "strings"

// Split with a regexp finds every separator with a search that backtracks
// at each byte; a text holding none of the bytes or words every separator
// needs has none, and Split(s, -1) returns it whole: []string{s} (also
// for the empty text). splitList and splitTitle gate listSep and
// titleSegment so; the reference run always splits.

// splitList is listSep.Split(s, -1): a separator holds ",", "/", "&", "+"
// or the lower-case word "and" or "or" (the expression has no (?i)).
func splitList(s string) []string {
	if !reference && !strings.ContainsAny(s, ",/&+") && !strings.Contains(s, "and") && !strings.Contains(s, "or") {
		return []string{s}
	}
	return listSep.Split(s, -1)
}

// splitTitle is titleSegment.Split(s, -1): a separator holds one of
// ",|()[]:", an en or em dash, or the "-" of " - ".
func splitTitle(s string) []string {
	if !reference && !strings.ContainsAny(s, ",|()[]:-–—") {
		return []string{s}
	}
	return titleSegment.Split(s, -1)
}
