package normalize

import (
	"strings"
	"testing"
)

// TestSARChina: Hong Kong and Macau with China as their qualifier are
// themselves; lists of places keep China.
func TestSARChina(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Hong Kong, China", "HK"},
		{"Remote - Hong Kong SAR, China", "HK"},
		{"China, Hong Kong SAR", "HK"},
		{"Kowloon, Hong Kong (China)", "HK"},
		{"Macau, China", "MO"},
		{"China, Hong Kong Special Administrative Region", "HK"},
		{"Hong Kong, China; Singapore", "HK,SG"},
		{"新竹, 台湾, 中国", "TW"},
		{"Taichung, Taiwan, China", "TW"},
		{"高雄，臺灣，中國", "TW"},
		{"Taiwan, China, Japan", "TW,CN,JP"}, // a list goes on after China
		// traps: lists, and mainland places
		{"China / Hong Kong", "CN,HK"},
		{"Shenzhen, China; Hong Kong", "CN,HK"},
		{"Hong Kong, China, Singapore", "HK,CN,SG"},
		{"China, Hong Kong", "CN,HK"},
		{"Hong Kong Sarl, China", "HK,CN"},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
