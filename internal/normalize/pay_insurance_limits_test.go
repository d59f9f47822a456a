package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Insurance limits a driver must carry are no pay. In this project's own
// words, with traps.
var insuranceLimitCases = []truthCase{
	{name: "insurance limits are no pay", p: model.Posting{Title: "Delivery Driver", DescriptionText: "Drivers must carry $30,000 bodily injury per person / $60,000 bodily injury per accident / $15,000 for property damage."}, pay: "-"},
	{name: "trap: the rate beside insurance limits stays", p: model.Posting{Title: "Delivery Driver", DescriptionText: "Pay: $23 per hour. Drivers must carry $30,000 bodily injury per person."}, pay: "23 23 USD hour"},
	{name: "trap: an injury-free bonus is still an amount per hour", p: model.Posting{Title: "Delivery Driver", PayText: "$21 per hour for injury-free drivers"}, pay: "21 21 USD hour"},
}

func TestInsuranceLimitCases(t *testing.T) { runFieldCases(t, insuranceLimitCases) }
