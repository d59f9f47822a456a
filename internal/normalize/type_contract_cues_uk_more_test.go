package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// IR35 beside a permanent post offered as the other choice, and a pound or
// euro day rate.
func TestUKContractCuesMore(t *testing.T) {
	runBodyTypeCases(t, "Solutions Architect", []bodyTypeCase{
		{"Bristol. Contract (outside IR35) or perm for the right person.", model.TypeContract},
		{"Rate £480/day, six month initial term", model.TypeContract},
		{"Paying €650 per day via an umbrella company.", model.TypeContract},
		{"£400pd inside IR35", model.TypeContract},
		// traps
		{"This permanent role is not affected by IR35.", model.TypeFullTime},
		{"Meal allowance of £25/day while travelling.", model.TypeUnknown},
		{"Bonus pool of £1500, paid out once a year.", model.TypeUnknown},
	})
}
