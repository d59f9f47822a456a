package normalize

import (
	"strings"
	"testing"
)

// TestJapanPrefectures pins the prefectures of region_japan_prefectures.go,
// with traps: a prefecture's name alone that is also another place's or a
// word, and "prefecture" after a name that is no Japanese prefecture.
func TestJapanPrefectures(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Fuji City, Shizuoka Prefecture", "JP"},
		{"Shizuoka Prefecture", "JP"},
		{"Toyota, Aichi-ken", "JP"},
		{"Kyoto-fu", "JP"},
		{"Remote - Hokkaido", "JP"},
		{"Kagoshima Prefecture, Japan", "JP"},
		// traps
		{"Saga", ""},
		{"Mie", ""},
		{"Ili Kazakh Autonomous Prefecture", ""},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
