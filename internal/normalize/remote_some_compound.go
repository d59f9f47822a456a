package normalize

// "Some" before a remote compound adjective (table tests in
// remote_some_compound_test.go): a short field "a remote-first team",
// "some remote-friendly position" says what kind of role it is, and "some"
// there is a determiner of the role, not a share of the week; partial
// remote wording ("some remote", "Some remote - Denver") stays hybrid.

// someRemoteCompound reports a field whose every partial-remote match is
// "some remote" joined to "-friendly" or "-first".
func someRemoteCompound(f string) bool {
	locs := partialRemoteWords.FindAllStringIndex(f, -1)
	if len(locs) == 0 {
		return false
	}
	for _, loc := range locs {
		if !hasPrefixFold(f[loc[0]:loc[1]], "some") {
			return false
		}
		rest := f[loc[1]:]
		if !hasPrefixFold(rest, "-friendly") && !hasPrefixFold(rest, "-first") {
			return false
		}
	}
	return true
}
