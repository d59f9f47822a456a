package store

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestClustersSameAsScan: the indexed clusters equal clustersScan's on
// rows made to collide: few sources, few fingerprints (some empty), and
// SimHashes near one another (one to five bits flipped from a few bases,
// some zero), closed rows among them.
func TestClustersSameAsScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for trial := range 3000 {
		n := 1 + rng.IntN(40)
		if trial%100 == 0 {
			n = 300
		}
		bases := []uint64{rng.Uint64(), rng.Uint64(), rng.Uint64() | 1}
		rows := make([]dupRow, n)
		for i := range rows {
			r := dupRow{id: fmt.Sprint("id", i), source: fmt.Sprint("s", rng.IntN(1+rng.IntN(4))), open: rng.IntN(8) != 0}
			if rng.IntN(3) > 0 {
				r.fp = fmt.Sprint("fp", rng.IntN(4))
			}
			switch rng.IntN(4) {
			case 0: // no SimHash
			case 1:
				r.simhash = rng.Uint64()
			default:
				h := bases[rng.IntN(len(bases))]
				for range rng.IntN(6) {
					h ^= 1 << rng.IntN(64)
				}
				r.simhash = h
			}
			rows[i] = r
		}
		if got, want := clusters(rows), clustersScan(rows); !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d: clusters\n%v\nwant\n%v", trial, got, want)
		}
	}
}

// The traps: rows that must not join a cluster (of their own source, or
// four bits apart, or no fingerprint and no SimHash), beside rows that must.
func TestClustersTraps(t *testing.T) {
	const h = 0x0123456789abcdef
	cases := []struct {
		name string
		rows []dupRow
		want [][]string
	}{
		{"same fingerprint, two sources", []dupRow{{id: "a", source: "x", fp: "f", open: true}, {id: "b", source: "y", fp: "f", open: true}}, [][]string{{"a", "b"}}},
		{"same fingerprint, one source (trap)", []dupRow{{id: "a", source: "x", fp: "f", open: true}, {id: "b", source: "x", fp: "f", open: true}}, [][]string{{"a"}, {"b"}}},
		{"three bits apart, one per band", []dupRow{{id: "a", source: "x", simhash: h, open: true}, {id: "b", source: "y", simhash: h ^ 1 ^ 1<<16 ^ 1<<32, open: true}}, [][]string{{"a", "b"}}},
		{"four bits apart, one per band (trap)", []dupRow{{id: "a", source: "x", simhash: h, open: true}, {id: "b", source: "y", simhash: h ^ 1 ^ 1<<16 ^ 1<<32 ^ 1<<48, open: true}}, [][]string{{"a"}, {"b"}}},
		{"empty fingerprints (trap)", []dupRow{{id: "a", source: "x", open: true}, {id: "b", source: "y", open: true}}, [][]string{{"a"}, {"b"}}},
		{"closed row left out (trap)", []dupRow{{id: "a", source: "x", fp: "f"}, {id: "b", source: "y", fp: "f", open: true}}, [][]string{{"b"}}},
		{"first cluster that takes the row", []dupRow{{id: "a", source: "x", fp: "f", open: true}, {id: "b", source: "x", fp: "g", simhash: h, open: true},
			{id: "c", source: "y", fp: "g", simhash: h ^ 1, open: true}, {id: "d", source: "x", fp: "f", open: true}, {id: "e", source: "z", fp: "f", open: true}},
			[][]string{{"a", "e"}, {"b", "c"}, {"d"}}},
	}
	for _, c := range cases {
		var got [][]string
		for _, cl := range clusters(c.rows) {
			var ids []string
			for _, r := range cl {
				ids = append(ids, r.id)
			}
			got = append(got, ids)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: clusters %v, want %v", c.name, got, c.want)
		}
	}
}
