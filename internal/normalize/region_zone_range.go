package normalize

import (
	"regexp"
	"strings"
)

// A working day written as a range of clock times in a zone of one country
// (table tests in region_zone_range_test.go): "Work timings: 9 AM - 6 PM
// IST", "Shift: 10:00-19:00 IST", "Hours 8.30am to 5pm AEST", "night shift
// (9 PM to 6 AM IST)". The zone's country is where the work is done, as
// "IST hours" and "Australian business hours" are read (zoneHours): India
// for IST, Australia for AEST and AEDT, Singapore for SGT, the Philippines
// for PHT, Japan for JST; New Zealand, Korea, Hong Kong, Pakistan, Brazil
// and South Africa for NZST/NZDT, KST, HKT, PKT, BRT and SAST. A clock time alone ("the call is at 10 AM IST")
// is no working day; US zones are read by the US readers.

var zoneRange = regexp.MustCompile(`(?i:\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:-|–|—|to|till|until)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)\s*\(?(IST|AEST|AEDT|SGT|PHT|JST|NZST|NZDT|KST|HKT|PKT|BRT|SAST)\b`)

// zoneRangeCountry are the zones zoneRange reads and their countries.
var zoneRangeCountry = map[string]string{"IST": "IN", "AEST": "AU", "AEDT": "AU", "SGT": "SG", "PHT": "PH", "JST": "JP",
	"NZST": "NZ", "NZDT": "NZ", "KST": "KR", "HKT": "HK", "PKT": "PK", "BRT": "BR", "SAST": "ZA"}

// zoneRangeRegions reads the country of the first such range; nil when
// none.
func zoneRangeRegions(text string) []string {
	if !strings.Contains(text, "IST") && !strings.Contains(text, "AE") && !strings.Contains(text, "SGT") &&
		!strings.Contains(text, "PHT") && !strings.Contains(text, "JST") && !strings.Contains(text, "NZ") && !strings.Contains(text, "KST") &&
		!strings.Contains(text, "HKT") && !strings.Contains(text, "PKT") && !strings.Contains(text, "BRT") && !strings.Contains(text, "SAST") {
		return nil
	}
	if m := zoneRange.FindStringSubmatch(text); m != nil {
		return []string{zoneRangeCountry[m[1]]}
	}
	return nil
}
