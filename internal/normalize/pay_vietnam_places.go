package normalize

import "strings"

// Vietnamese cities written in Vietnamese, for the pay read by the
// listing's place (inVietnam): Vietnamese boards quote pay by the month,
// in dong or in US dollars ("2000 USD" in Hà Nội is a month's pay), and
// their location fields spell the cities with their diacritics ("Hà Nội",
// "TP. Hồ Chí Minh", "Đà Nẵng"), which Regions does not name.

// vnCities are the largest Vietnamese cities and provinces as the boards
// write them, lower case, without a "TP." or "Thành phố" (city) prefix.
var vnCities = map[string]bool{"hà nội": true, "hồ chí minh": true, "hcm": true, "tphcm": true, "tp.hcm": true,
	"đà nẵng": true, "hải phòng": true, "cần thơ": true, "bình dương": true, "đồng nai": true,
	"bắc ninh": true, "khánh hòa": true, "nha trang": true, "huế": true}

// vietnameseCity reports a location (or one of its comma-separated parts)
// that is a Vietnamese city spelled in Vietnamese.
func vietnameseCity(loc string) bool {
	for _, part := range strings.Split(strings.ToLower(loc), ",") {
		part = strings.TrimSpace(part)
		for _, p := range []string{"thành phố ", "tp. ", "tp."} {
			if t, ok := strings.CutPrefix(part, p); ok && !vnCities[part] {
				part = strings.TrimSpace(t)
				break
			}
		}
		if vnCities[part] {
			return true
		}
	}
	return false
}
