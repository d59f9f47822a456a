package normalize

import (
	"strings"
	"testing"
)

// TestNamesEastAsiaIsrael pins the names region_names_east_asia_israel.go
// adds: Taiwan's ISO-list name, East Asian towns in Chinese characters, and
// Israeli towns.
func TestNamesEastAsiaIsrael(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Tainan, Taiwan, Province of China", "TW"},
		{"Province of China", "TW"},
		{"桃園市", "TW"},
		{"福岡市", "JP"},
		{"仁川", "KR"},
		{"韓國", "KR"},
		{"河内", "VN"},
		{"平壤", "KP"},
		{"新界", "HK"},
		{"佛山市", "CN"},
		{"宁夏回族自治区", "CN"},
		{"Ramat Gan, Israel", "IL"},
		{"Be'er Sheva", "IL"},
		{"Petah Tikva", "IL"},
		{"רמת גן", "IL"},
		// traps: China's own names stay China, and a name inside a longer
		// district name is not read
		{"People's Republic of China", "CN"},
		{"Guangdong Province, China", "CN"},
		{"Shenzhen, China", "CN"},
		{"九龙坡区", ""},
		{"新北区", ""},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
