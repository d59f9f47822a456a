package normalize

import (
	"strings"
	"testing"
)

// Run-together Japanese and Chinese addresses, read as the remote reader
// reads a location field (fixCodeLoc, then Regions).
func TestCJKAddressRegions(t *testing.T) {
	for _, tc := range []struct{ loc, want string }{
		{"神奈川県横浜市西区みなとみらい", "JP"},
		{"京都府京都市下京区", "JP"},
		{"北海道札幌市中央区", "JP"},
		{"福岡県", "JP"},
		{"浙江省杭州市西湖区", "CN"},
		{"上海市徐汇区", "CN"},
		{"成都市高新区", "CN"},
		{"台北市大安區", "TW"},
		// left alone: an unknown first part, a separated address, no CJK
		{"渋谷区神南", ""},
		{"東京都 港区", "JP"},
		{"Osaka", "JP"},
	} {
		got := strings.Join(Regions(fixCodeLoc(tc.loc)), ",")
		if got != tc.want {
			t.Errorf("%q: got %q (rewritten %q), want %q", tc.loc, got, fixCodeLoc(tc.loc), tc.want)
		}
	}
}

func TestCJKAddressLoc(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"愛知県名古屋市", "愛知県 名古屋市"},
		{"京都府宇治市", "京都府 宇治市"}, // the longer prefix, not "京都"
		{"广东省广州市天河区", "广东省 广州市天河区"},
		{"東京都", ""},
		{"東京都、港区", ""},
		{"Tokyo", ""},
		{"", ""},
	} {
		if got := cjkAddressLoc(tc.in); got != tc.want {
			t.Errorf("cjkAddressLoc(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
