package normalize

import "testing"

// TestUKPostcodeAlone: a British postcode alone is the United Kingdom;
// other codes and words are kept.
func TestUKPostcodeAlone(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"EC2A 4NE", true}, {"M1 1AE", true}, {"B337HJ", true}, {"Remote - G2 3BZ", true}, {"W1D 4HS", true},
		{"K1A 0B1", false},   // Canada
		{"1011 AB", false},   // the Netherlands
		{"SW1A 1AK", false},  // K is never in the inward code
		{"LONDON", false},    // a word
		{"AB12", false},      // an outward code alone
		{"Hybrid", false},    // a work mode
		{"N1 9GU 2", false},  // more than a postcode
		{"Leeds LS1", false}, // a town and a district
	} {
		got := ukPostcodeLoc(tc.in) != tc.in
		if got != tc.want {
			t.Errorf("ukPostcodeLoc(%q) changed = %v, want %v", tc.in, got, tc.want)
		}
	}
}
