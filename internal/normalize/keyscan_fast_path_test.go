package normalize

import "testing"

// TestSharedKeysKeepFastScan: every shared key is three bytes or longer,
// so the shared key scan takes scan3. One key of one or two bytes (a
// reader's "hq") sends every text through the slow scan, which cost
// about a sixth of normalizing's instructions when it happened.
func TestSharedKeysKeepFastScan(t *testing.T) {
	keyOnce.Do(shareKeys)
	keyBucketsOnce.Do(buildKeyBuckets)
	if sharedKeys.short || keyBuckets.two {
		t.Error("a shared key is shorter than three bytes: the shared key scan has left its fast path (scan3)")
	}
}
