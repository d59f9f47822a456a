package redflag

// The base of a dynSim without the groups of a simIndex (issue 15). A
// dynSim keeps its own groups of equal fingerprints; of its base it reads
// the fingerprints and the bucket tables only, and asked the base's map of
// fingerprints to groups one thing: whether a fingerprint is in the base.
// Rebuilding that map (and the member lists beside it) was over half of a
// rebuild, and a rebuild indexes every live fingerprint again once the new
// ones number a sixteenth of the base: work in proportion to the corpus,
// every few thousand listings of a crawl. The dynSim now knows it by group
// (inBase, set at the rebuild for every live group), and keeps the
// fingerprints of the base whose group left (ghost): one that comes back
// is in the base still, and must not be listed in over as well (a near
// lookup would find it twice).

// newBaseIndex is newSimIndex over distinct non-zero fingerprints without
// groups: only vals and the bucket tables are set (near and nearBatch
// report indexes into vals).
func newBaseIndex(hs []uint64) *simIndex {
	x := &simIndex{vals: hs}
	if len(hs) >= indexFrom {
		x.buildTables()
	}
	return x
}
