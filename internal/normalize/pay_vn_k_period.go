package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Vietnamese pay fields often give thousands of dong as "k" with a
// Vietnamese period word after a slash and no currency at all: "40k/giờ"
// (an hour), "250k/ngày" (a day), "120k - 180k/buổi" (a session, read as a
// day). The period word is what says dong; a bare "40k" stays unread. Only
// a pay field is read (lenient), so no description is scanned. Table tests:
// pay_vn_k_period_test.go.
var vnKPeriod = regexp.MustCompile(`(?i)(?:^|[^\d.,\p{L}])(\d{1,4}(?:[.,]\d{1,2})?)\s*k?\s*(?:(?:-|–|~|đến|tới)\s*(\d{1,4}(?:[.,]\d{1,2})?)\s*)?k\s*/\s*(giờ|h|ngày|buổi|tuần|tháng)(?:$|[^\p{L}])`)

// vnKPeriodPay reads the shape above; nil when there is none.
func vnKPeriodPay(text string, lenient bool) *payCandidate {
	if !lenient || !strings.Contains(text, "/") {
		return nil
	}
	m := vnKPeriod.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	word := strings.ToLower(text[m[6]:m[7]])
	if word == "h" && !vietnameseMarks(text) {
		return nil // "50k/h" alone is no sign of dong
	}
	lo, hi := groupRange(text, m)
	if lo <= 0 || hi <= 0 {
		return nil
	}
	var unit model.PayUnit
	switch word {
	case "giờ", "h":
		unit = model.UnitHour
	case "tuần":
		unit = model.UnitWeek
	case "tháng":
		unit = model.UnitMonth
	default:
		unit = model.UnitDay // "ngày", and "buổi" (a session of a day)
	}
	c := &payCandidate{money: money{start: m[2], end: m[7], min: lo * 1e3, max: hi * 1e3, currency: "VND", ranged: m[4] >= 0 && lo != hi}, score: 2}
	c.unit = unit
	if implausibleAmount(*c) {
		return nil
	}
	return c
}
