package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// salaryStipendRange reads a stipend stated as a salary-sized range a
// year: "Stipend: $70,000 – $85,000" in a graduate program is a yearly
// pay, not one lump sum. Only a range whose low end is 30,000 or more,
// in a currency not paid by the month, with the stipend word right
// before it, is read so; a lone sum ("a $12,000 stipend") stays a lump.
func salaryStipendRange(before string, m money, c *payCandidate) {
	if c.unit != model.UnitProject || !m.ranged || m.min < 30000 || monthlyCurrencies[m.currency] {
		return
	}
	tail := before[max(0, len(before)-24):]
	if !strings.Contains(strings.ToLower(tail), "stipend") {
		return
	}
	c.unit = model.UnitYear
}
