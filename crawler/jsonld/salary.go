package jsonld

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// units are the unitText values of a QuantitativeValue: schema.org's
// HOUR, DAY, WEEK, MONTH and YEAR, and the spellings career sites write
// instead (upper-cased, a leading "PER" dropped): adverbs ("MONTHLY"),
// plurals, "ANNUAL"/"ANNUM", ISO 8601 durations ("P1Y", "PT1H").
var units = map[string]model.PayUnit{
	"HOUR": model.UnitHour, "DAY": model.UnitDay, "WEEK": model.UnitWeek,
	"MONTH": model.UnitMonth, "YEAR": model.UnitYear,
	"HOURS": model.UnitHour, "HOURLY": model.UnitHour, "HR": model.UnitHour, "PT1H": model.UnitHour,
	"DAYS": model.UnitDay, "DAILY": model.UnitDay, "P1D": model.UnitDay,
	"WEEKS": model.UnitWeek, "WEEKLY": model.UnitWeek, "P1W": model.UnitWeek,
	"MONTHS": model.UnitMonth, "MONTHLY": model.UnitMonth, "P1M": model.UnitMonth,
	"YEARS": model.UnitYear, "YEARLY": model.UnitYear, "ANNUAL": model.UnitYear, "ANNUALLY": model.UnitYear,
	"ANNUM": model.UnitYear, "P1Y": model.UnitYear,
}

// payUnit reads a unitText: "MONTH", "monthly", "per year", "PER_HOUR",
// "P1Y"; false for any other ("TASK", "PIECE").
func payUnit(unit string) (model.PayUnit, bool) {
	u := strings.ToUpper(strings.TrimSpace(unit))
	for _, p := range []string{"PER_", "PER-", "PER ", "A "} {
		if strings.HasPrefix(u, p) {
			u = strings.TrimSpace(u[len(p):])
			break
		}
	}
	pu, ok := units[u]
	return pu, ok
}

// salary reads baseSalary: a MonetaryAmount {currency, value} whose value
// is a QuantitativeValue {minValue, maxValue, value, unitText} or a number,
// or a bare number. It returns structured pay when an amount and a known
// unit are given, else the amount as text, else nothing.
func salary(v any) (*model.Pay, string) {
	var minV, maxV float64
	var currency, unit string
	if m := objs(v); len(m) > 0 {
		a := m[0]
		currency, unit = str(a["currency"]), str(a["unitText"])
		if q := objs(a["value"]); len(q) > 0 {
			minV, maxV = num(q[0]["minValue"]), num(q[0]["maxValue"])
			if one := num(q[0]["value"]); minV == 0 && maxV == 0 {
				minV, maxV = one, one
			}
			if u := str(q[0]["unitText"]); u != "" {
				unit = u
			}
			if currency == "" {
				currency = str(q[0]["currency"])
			}
		} else {
			minV = num(a["value"])
			maxV = minV
		}
	} else {
		minV = num(v)
		maxV = minV
	}
	switch {
	case minV <= 0 && maxV <= 0:
		return nil, ""
	case minV <= 0:
		minV = maxV
	case maxV <= 0:
		maxV = minV
	case minV > maxV:
		minV, maxV = maxV, minV
	}
	currency = strings.ToUpper(currency)
	if u, ok := payUnit(unit); ok {
		return &model.Pay{Min: minV, Max: maxV, Currency: currency, Unit: u, Source: model.FromStructured}, ""
	}
	return nil, payText(minV, maxV, currency, unit)
}

// payText renders an amount whose unit is unknown: "USD 500-800 per task".
func payText(minV, maxV float64, currency, unit string) string {
	s := formatAmount(minV)
	if maxV != minV {
		s += "-" + formatAmount(maxV)
	}
	if currency != "" {
		s = currency + " " + s
	}
	if unit != "" {
		s += " per " + strings.ToLower(unit)
	}
	return s
}
