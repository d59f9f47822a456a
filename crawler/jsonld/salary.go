package jsonld

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

var units = map[string]model.PayUnit{
	"HOUR": model.UnitHour, "DAY": model.UnitDay, "WEEK": model.UnitWeek,
	"MONTH": model.UnitMonth, "YEAR": model.UnitYear,
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
	if u, ok := units[strings.ToUpper(unit)]; ok {
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
