package normalize

import "testing"

func TestAsiaAfricaPlaceLoc(t *testing.T) {
	cases := []struct{ in, want string }{
		// romanized Korean and Japanese kind words
		{"Jongno-gu", "Jongno-gu, " + geoCountryName("KR")},
		{"Remote - Goyang-si", "Remote - Goyang-si, " + geoCountryName("KR")},
		{"Gapyeong-gun", "Gapyeong-gun, " + geoCountryName("KR")},
		{"Meguro-ku", "Meguro-ku, " + geoCountryName("JP")},
		{"Chiba-ken", "Chiba-ken, " + geoCountryName("JP")},
		{"Mapo-gu, Seoul, South Korea", "Mapo-gu, Seoul, South Korea"}, // a country named already
		{"Full-time", "Full-time"},                                     // lower-case stem
		{"X-gu", "X-gu"},                                               // stem too short
		{"Aix-en-Provence", "Aix-en-Provence"},
		{"South Jeolla", "South Jeolla, " + geoCountryName("KR")},
		// Nigerian states with "State"
		{"Ondo State", "Ondo State, " + geoCountryName("NG")},
		{"Ikot Ekpene, Akwa Ibom State", "Ikot Ekpene, Akwa Ibom State, " + geoCountryName("NG")},
		{"Niger State", "Niger State, " + geoCountryName("NG")},
		{"Ohio State", "Ohio State"},
		// Vietnamese districts with their kind word
		{"Quận 10, Hồ Chí Minh", "Quận 10, Hồ Chí Minh, " + geoCountryName("VN")},
		{"Huyện Nhà Bè", "Huyện Nhà Bè, " + geoCountryName("VN")},
		// Chinese and Taiwanese districts in pinyin
		{"Minhang District", "Minhang District, " + geoCountryName("CN")},
		{"Pudong New Area", "Pudong New Area, " + geoCountryName("CN")},
		{"Neihu District", "Neihu District, " + geoCountryName("TW")},
		{"Springfield District", "Springfield District"},
		// a trailing region read only after a town
		{"Box Hill, Victoria", "Victoria, " + geoCountryName("AU")},
		{"Hybrid - Box Hill, Victoria 3128", "Hybrid - Victoria, " + geoCountryName("AU")},
		{"Box Hill, Victoria 9999", "Box Hill, Victoria 9999"},
		{"Remote, Victoria", "Remote, Victoria"},
		{"Victoria, BC", "Victoria, BC"},
		{"Darfield, Canterbury", "Canterbury, " + geoCountryName("NZ")},
		{"Canterbury, Kent", "Canterbury, Kent"},
		{"Timaru, South Island", "South Island, " + geoCountryName("NZ")},
	}
	for _, c := range cases {
		if got := asiaAfricaPlaceLoc(c.in); got != c.want {
			t.Errorf("asiaAfricaPlaceLoc(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestAsiaAfricaPlaceRegions(t *testing.T) {
	cases := []struct {
		loc  string
		want string
	}{
		{"Yongsan-gu", "KR"},
		{"Setagaya-ku", "JP"},
		{"North Gyeongsang", "KR"},
		{"Benue State", "NG"},
		{"Cross River State", "NG"},
		{"Quận Bình Thạnh", "VN"},
		{"Shunyi District", "CN"},
		{"Da'an District", "TW"},
		{"Brunswick, Victoria", "AU"},
		{"Ferntree Gully, Victoria 3156", "AU"},
		{"Kaiapoi, Canterbury", "NZ"},
		{"Virginia, Free State", "ZA"},
		{"Hamilton, Eastern Cape", "ZA"},
		{"Ilagan, Isabela", "PH"},
		{"保定市", "CN"},
		{"洛阳市", "CN"},
		{"温州市鹿城区", "CN"},
		{"Tampines", "SG"},
		{"Khet Sathon", "TH"},
		{"Amphoe Hang Dong, Chiang Mai", "TH"},
		{"Kafr El Sheikh", "EG"},
		{"Banha, Qalyubia", "EG"},
		{"Damanhur, Behera", "EG"},
		{"Toa Payoh", "SG"},
		{"Jurong West", "SG"},
	}
	for _, c := range cases {
		got, _ := agreementGot(agreementCase{Cat: "region", Name: "ext47a " + c.loc, Title: "Engineer", Locs: []string{c.loc}, Hint: "remote"})
		if got != c.want {
			t.Errorf("remote %q: regions %q, want %q", c.loc, got, c.want)
		}
		if got, _ := agreementGot(agreementCase{Cat: "region", Name: "ext47a on-site " + c.loc, Title: "Engineer", Locs: []string{c.loc}}); got != "none" {
			t.Errorf("on-site %q: regions %q, want none", c.loc, got)
		}
	}
}
