package redflag

import "math/bits"

// refNear is simIndex.near as it was before the corpusspeed branch (one
// probe at a time), kept as the reference of the differential tests.
func refNear(x *simIndex, h uint64, after int32, fn func(g int32)) {
	if x.start[0] == nil {
		for g := after + 1; g < int32(len(x.vals)); g++ {
			if d := h ^ x.vals[g]; d != 0 && bits.OnesCount64(d) <= corpusNearBits {
				fn(g)
			}
		}
		return
	}
	for b := range simBlocks {
		own := block(h, b)
		st, ordg, ordv, used := x.start[b], x.ordg[b], x.ordv[b], &x.used[b]
		for _, m := range blockMasks[b] {
			v := int(own ^ m)
			if used[v>>6]&(1<<(v&63)) == 0 {
				continue
			}
			lo, hi := st[v], st[v+1]
			for k := lo; k < hi; k++ {
				d := h ^ ordv[k]
				if d == 0 || bits.OnesCount64(d) > corpusNearBits || ordg[k] <= after || foundEarlier(d, b) {
					continue
				}
				fn(ordg[k])
			}
		}
	}
}
