package index

// ScorchStats returns Scorch's statistics of the open index (segments at
// the root, merges done, files on disk: see scorch.Stats), for benchmarks
// and diagnostics; nil when the index keeps none.
func (x *Index) ScorchStats() map[string]any {
	m, _ := x.bleve().StatsMap()["index"].(map[string]any)
	return m
}
