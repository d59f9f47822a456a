package normalize

// ParseType reads a title with a dozen plain expressions ("intern",
// "contract", "part-time", "senior" ...), each run at every position of the
// title: on the crawls' titles they cost as much as the description's
// cues. As cue regexps (fastre.go) they run only where a prefix of theirs
// starts, which in most titles is nowhere (titleIntern's matching ran
// about six times faster on generated titles). The results are the
// regexps'.

// ReplaceAllString is regexp's (titleContractWork and titleContractTopic
// take a match out of the title).
func (c *cueRegexp) ReplaceAllString(src, repl string) string {
	return c.plain().ReplaceAllString(src, repl)
}
