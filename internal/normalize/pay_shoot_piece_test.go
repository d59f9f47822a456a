package normalize

import "testing"

// TestPayPerShoot: a photo or video shoot is a piece of work paid each,
// like a clip or a recording.
func TestPayPerShoot(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{"range per shoot", "", "Rate: $200-$350 per shoot, plus travel.", "200 350 USD project"},
		{"per photoshoot", "", "We pay €120 per photoshoot.", "120 120 EUR project"},
		{"trap: shoot as a verb", "", "You will shoot product photos. Pay: $25 per hour.", "25 25 USD hour"},
	})
}
