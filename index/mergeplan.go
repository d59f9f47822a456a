package index

// mergePlan is how scorch's merger groups segments (its
// "scorchMergePlanOptions"; the fields named here replace scorch's
// defaults): up to 20 segments of one size tier before they are merged,
// 20 at a time, against scorch's 10 and 10. The tiers themselves are
// scorch's (from 2,000 documents up by tens).
//
// Ingest writes one segment per Bleve batch (BatchSize documents), and
// the merger rewrites every document each time its segment is merged
// into a larger tier: with the defaults a crawl of 100,000 listings spent
// 6.2-6.8 % of its CPU in merges (a listing rewritten about twice by
// 200,000 listings), with 20 and 20 4.2 % (mostly once). The price is
// more segments for a search to visit (at most about 30 against 20 at
// 200,000 listings); `make bench` measures search beside it.
var mergePlan = map[string]any{"MaxSegmentsPerTier": 20, "SegmentsPerMergeTask": 20}
