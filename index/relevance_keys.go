package index

// The relevance order breaks equal scores by the newest sort key, a doc
// value whose chunk (of about a thousand documents) is decompressed for
// each hit read from it: the two dozen survivors of a search decompressed
// two dozen chunks. A survivor whose score no other survivor shares
// needs no tie-breaker; its listing id comes from the stored id (one small
// document's stored fields), and its key is read only if it is the page's
// last hit, whose key the next page's cursor holds.

// finishByKeys: every survivor's key is read (the old way; a test's
// oracle). false: only those needKeys asks for.
var finishByKeys = false

// needKeys reports, for a survivor's score, whether its newest key is
// needed to order it: when another survivor has the same score, or the
// cursor's hit has (the cursor's key then decides which come after it).
func (c *relCollector) needKeys() func(score float64) bool {
	if finishByKeys {
		return func(float64) bool { return true }
	}
	n := make(map[float64]int, len(c.cands))
	for _, x := range c.cands {
		n[x.score]++
	}
	return func(score float64) bool {
		return n[score] > 1 || (c.after != nil && score == c.after.score)
	}
}
