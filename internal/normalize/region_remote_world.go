package normalize

import "strings"

// A remote location whose only other word is the whole world: "REMOTE
// (World)", "Remote - World", "World (remote)", "Fully remote / the whole
// world". worldLocRegions reads "World" alone as worldwide and leaves the
// word inside other text ("World Bank", "Remote - World Health
// Organization") alone; this reads it beside a remote word too. Table
// tests in region_remote_world_test.go.

// remoteWorldLoc reports whether loc is a remote word and a whole-world
// name (wholeWorldNames), with only brackets and separators between.
func remoteWorldLoc(loc string) bool {
	if len(loc) > 48 || !containsFold(loc, "world") && !containsFold(loc, "everywhere") || !containsFold(loc, "remote") {
		return false
	}
	rest := remoteWords.ReplaceAllString(loc, " ") // "fully", "remote", "only", "100%"
	rest = strings.Trim(rest, " \t-–—:,;/|()[]•·") // "Remote only • Everywhere"
	if rest == "" || strings.ContainsAny(rest, "()[]") {
		return false
	}
	rest = strings.Join(strings.Fields(rest), " ")
	for _, w := range wholeWorldNames {
		if strings.EqualFold(rest, w) {
			return true
		}
	}
	return false
}
