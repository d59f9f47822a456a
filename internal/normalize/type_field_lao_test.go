package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestLaoTypeField(t *testing.T) {
	for _, c := range []struct {
		name, field, title string
		want               model.JobType
	}{
		{"full time", "ເຕັມເວລາ", "Accountant", model.TypeFullTime},
		{"not full time", "ບໍ່ເຕັມເວລາ", "Barista", model.TypePartTime},
		{"outside hours", "ນອກເວລາ", "Tutor", model.TypePartTime},
		{"internship", "ຝຶກງານ", "Marketing", model.TypeInternship},
		// traps: the words inside a longer field part are not the field's kind.
		{"word inside a sentence", "ວຽກເຕັມເວລາ ແລະ ນອກເວລາ", "Cashier", model.TypeUnknown},
		{"unrelated lao field", "ວຽກ", "Driver", model.TypeUnknown},
	} {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.field, c.title, got, c.want)
		}
	}
}
