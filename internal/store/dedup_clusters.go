package store

import "slices"

// clusters groups the open rows (in first-seen order) as clustersScan
// does: a row joins the first cluster holding a row with its fingerprint
// or a near-duplicate text and no row of its own source. clustersScan
// tried every cluster for each row, passing the row by value: with a
// batch of 200 new listings of one employer (200 clusters of one) that
// was 20,000 tries a batch, 3 % of a first crawl's Upsert instructions
// (BenchmarkUpsertCrawl/sqlite/new). Here each row tries only the clusters
// that can hold a row linkable to it, found by its fingerprint and by its
// SimHash bands: two hashes at most nearBits (3) bits apart differ in at
// most three of the four 16-bit bands, so they share one band exactly.
// The candidates are tried in cluster order, so the first that takes the
// row is the one clustersScan would pick.
func clusters(all []dupRow) [][]dupRow {
	var out [][]dupRow
	var byFP map[string][]int
	var byBand [4]map[uint16][]int
	var cand []int
	for _, r := range all {
		if !r.open {
			continue
		}
		cand = cand[:0]
		if r.fp != "" && byFP != nil {
			cand = append(cand, byFP[r.fp]...)
		}
		if r.simhash != 0 && byBand[0] != nil {
			for i := range byBand {
				cand = append(cand, byBand[i][uint16(r.simhash>>(16*i))]...)
			}
		}
		joined := -1
		if len(cand) > 0 {
			slices.Sort(cand)
			for k, c := range cand {
				if k > 0 && c == cand[k-1] {
					continue
				}
				if sameOpportunity(out[c], r) {
					joined = c
					break
				}
			}
		}
		if joined >= 0 {
			out[joined] = append(out[joined], r)
		} else {
			joined = len(out)
			out = append(out, []dupRow{r})
		}
		if r.fp != "" {
			if byFP == nil {
				byFP = map[string][]int{}
			}
			byFP[r.fp] = appendOnce(byFP[r.fp], joined)
		}
		if r.simhash != 0 {
			for i := range byBand {
				if byBand[i] == nil {
					byBand[i] = map[uint16][]int{}
				}
				b := uint16(r.simhash >> (16 * i))
				byBand[i][b] = appendOnce(byBand[i][b], joined)
			}
		}
	}
	return out
}

// appendOnce appends c to cs unless it is already its last value (a
// cluster is registered under a key once per row that brings the key).
func appendOnce(cs []int, c int) []int {
	if n := len(cs); n > 0 && cs[n-1] == c {
		return cs
	}
	return append(cs, c)
}
