package normalize

import "strings"

// normspeed10: literal checks in front of two plain regexps that ran at
// every position of their text and rarely matched.

// hasMetaSep is metaSep.MatchString(s): metaSep (`\s*[·•|]\s*`) matches
// wherever s holds one of its three separators, its white space being
// optional, and nowhere else. typeLine and metaPlace asked the regexp
// about every line of each description (a backtracking run at each byte).
// TestNormspeed10MetaSep compares the two.
func hasMetaSep(s string) bool {
	return strings.ContainsAny(s, "·•|")
}

// titlePlaceGuard holds the words each alternative of titlePlace spells
// out (Fold'ed): "[Remote-US]", "work from home/anywhere", "WFH",
// "anywhere", "on-site", "in-office", "in-person", "presencial", "virtual
// internship" and "(Virtual)". A title holding none of them has no match;
// most titles hold none. TestNormspeed10TitlePlaceGuard checks the list
// on matches spelled from the regexp itself.
var titlePlaceGuard = literalGuard{lists: [][]string{{"remote", "work from", "wfh", "anywhere", "site", "office", "person", "presencial", "virtual"}}}

// titlePlaceSkips reports a title titlePlace finds nothing in.
func titlePlaceSkips(title string) bool { return titlePlaceGuard.skips(title) }
