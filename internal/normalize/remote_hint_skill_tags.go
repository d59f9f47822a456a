package normalize

import "strings"

// A structured workplace value whose every "remote" names a technology
// ("Remote desktop support, Remote sensing, Remote access software"): a
// board's skill tags passed on as job attributes, which say nothing of
// where the work is done. hintPhrase leaves such a value unread. Table
// tests in remote_hint_skill_tags_test.go.

// onlyRemoteCompounds reports whether s holds "remote" and every
// "remote" in it begins a technology compound (remoteCompound:
// "remote desktop", "remote sensing", "remote access").
func onlyRemoteCompounds(s string) bool {
	n := strings.Count(strings.ToLower(s), "remote")
	return n > 0 && len(remoteCompound.FindAllStringIndex(s, n+1)) >= n
}
