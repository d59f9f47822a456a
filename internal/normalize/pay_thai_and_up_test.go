package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Thai glues "and up" (ขึ้นไป) to the baht mark as it glues "per" (ต่อ):
// the figure before it is still read. Traps: the mark glued to another
// Thai word.
func TestPayThaiBahtAndUp(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "salary and up", p: model.Posting{Title: "Admin", Locations: []string{"Chiang Mai, Thailand"}, DescriptionText: "เงินเดือน 18,000 บาทขึ้นไป ตามประสบการณ์"}, pay: "18000 18000 THB month"},
		{name: "range then and up", p: model.Posting{Title: "Sales", Locations: []string{"Bangkok, Thailand"}, DescriptionText: "รายได้ 20,000 บาทขึ้นไป"}, pay: "20000 20000 THB month"},

		{name: "trap: per month still read", p: model.Posting{Title: "Clerk", Locations: []string{"Bangkok, Thailand"}, DescriptionText: "เงินเดือน 16,000 บาทต่อเดือน"}, pay: "16000 16000 THB month"},
	})
}
