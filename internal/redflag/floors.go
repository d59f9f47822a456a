package redflag

import (
	"fmt"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Floor is the pay floor of one country of work, in US dollars an hour.
type Floor struct {
	// MicroHourlyUSD is the floor for micro-internships and short projects.
	MicroHourlyUSD float64
	// MinWageHourlyUSD is the floor for every other listing: the legal minimum.
	MinWageHourlyUSD float64
	// Name is the country's name for the flag's reason ("India").
	Name string
	// Source says where the figures come from and when ("national
	// floor-level minimum wage, 2025-01-01").
	Source string
}

// currencyCountry names the one country a currency belongs to, for a
// listing that names no country of work but pays in its money.
var currencyCountry = map[string]string{
	"INR": "IN", "GBP": "GB", "CAD": "CA", "AUD": "AU", "NZD": "NZ", "JPY": "JP", "BRL": "BR", "MXN": "MX",
	"PHP": "PH", "NGN": "NG", "KES": "KE", "ZAR": "ZA", "PKR": "PK", "BDT": "BD", "SGD": "SG", "PLN": "PL",
}

// workCountry is the country whose floor applies to l: the one country
// its remote regions name, else the country of its pay's currency, else "".
func workCountry(l *model.Listing) string {
	country := ""
	for _, r := range l.RemoteRegions {
		if len(r) != 2 || strings.ToUpper(r) != r {
			continue // a wider region (EU, APAC, worldwide) names no one country
		}
		if country != "" && country != r {
			return "" // several countries: no one floor applies
		}
		country = r
	}
	if country != "" {
		return country
	}
	if l.Pay != nil {
		return currencyCountry[strings.ToUpper(l.Pay.Currency)]
	}
	return ""
}

// floorFor is the hourly floor that applies to l and a phrase naming it
// for the flag's reason.
func (o *Options) floorFor(l *model.Listing) (float64, string) {
	micro := microWork(l)
	kind := "the legal minimum wage"
	if micro {
		kind = "the floor for micro-internships and short projects"
	}
	if f, ok := o.Floors[workCountry(l)]; ok {
		floor := f.MinWageHourlyUSD
		if micro {
			floor = f.MicroHourlyUSD
		}
		if floor > 0 {
			where := f.Name
			if where == "" {
				where = workCountry(l)
			}
			phrase := fmt.Sprintf("%s in %s (US$%s an hour", kind, where, money(floor))
			if f.Source != "" {
				phrase += "; " + f.Source
			}
			return floor, phrase + ")"
		}
	}
	if micro {
		return o.FloorHourlyUSD, fmt.Sprintf("the default floor for micro-internships and short projects (US$%s an hour)", money(o.FloorHourlyUSD))
	}
	return o.MinWageHourlyUSD, fmt.Sprintf("the default minimum wage (US$%s an hour, the US federal minimum)", money(o.MinWageHourlyUSD))
}

func money(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	return strings.TrimSuffix(s, ".00")
}
