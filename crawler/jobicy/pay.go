package jobicy

import (
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// units maps salaryPeriod to a pay unit.
var units = map[string]model.PayUnit{
	"yearly": model.UnitYear, "annual": model.UnitYear, "annually": model.UnitYear, "year": model.UnitYear,
	"monthly": model.UnitMonth, "month": model.UnitMonth,
	"weekly": model.UnitWeek, "week": model.UnitWeek,
	"daily": model.UnitDay, "day": model.UnitDay,
	"hourly": model.UnitHour, "hour": model.UnitHour,
	"project": model.UnitProject, "fixed": model.UnitProject,
}

// pay reads annualSalaryMin/Max (yearly by name) or salaryMin/Max with
// salaryPeriod. It is structured when an amount, an ISO currency and a
// known period are all given; amounts without them become text.
func (j *Job) pay() (*model.Pay, string) {
	lo, hi := j.AnnualSalaryMin.Float(), j.AnnualSalaryMax.Float()
	period := "yearly"
	if lo <= 0 && hi <= 0 {
		lo, hi = j.SalaryMin.Float(), j.SalaryMax.Float()
		period = strings.ToLower(strings.TrimSpace(j.SalaryPeriod))
	}
	lo, hi, ok := bounds(lo, hi)
	if !ok {
		return nil, ""
	}
	cur := strings.ToUpper(strings.TrimSpace(j.SalaryCurrency))
	if unit, known := units[period]; known && len(cur) == 3 {
		return &model.Pay{Min: lo, Max: hi, Currency: cur, Unit: unit, Source: model.FromStructured}, ""
	}
	text := num(lo)
	if hi != lo {
		text += " - " + num(hi)
	}
	return nil, strings.Join(strings.Fields(text+" "+cur+" "+period), " ")
}

// bounds orders a range and fills a missing bound; ok is false when both
// are missing (0 or negative).
func bounds(lo, hi float64) (float64, float64, bool) {
	lo, hi = max(lo, 0), max(hi, 0)
	switch {
	case lo == 0 && hi == 0:
		return 0, 0, false
	case lo == 0:
		lo = hi
	case hi == 0:
		hi = lo
	case lo > hi:
		lo, hi = hi, lo
	}
	return lo, hi, true
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
