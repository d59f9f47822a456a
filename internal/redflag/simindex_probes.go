package redflag

// nearBatch's probes are 32 bits: the bucket's block value (16 bits) above
// the query's index in its chunk (probeQBits). At 64 bits a chunk's probes
// were 5.7 MB, written once and read once, past the second-level cache;
// at 32 they take half the memory traffic.
const probeQBits = 10

// A chunk's query index must fit its bits (a compile-time check: the
// array length is negative otherwise).
var _ [1<<probeQBits - batchChunk]struct{}
