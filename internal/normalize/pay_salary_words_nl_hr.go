package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay words and periods in Dutch and in Croatian, Serbian and Bosnian
// (table tests in pay_salary_words_nl_hr_test.go):
//
//   - before an amount, a Dutch salary named by its period ("bruto
//     maandsalaris €2.800", "maandloon", "jaarsalaris €45.000") gives the
//     period; a Croatian or Serbian pay word ("Plaća 2.200 EUR", "plata",
//     "zarada", "mjesečna plaća") says the amount is pay (and "mjesečna"
//     a month's);
//   - after an amount, "mjesečno"/"mesečno" (a month), "godišnje" (a
//     year), "po satu" (an hour), with "neto"/"bruto" before it: "2.200
//     EUR neto mjesečno".
var (
	dutchPeriodPayBefore   = regexp.MustCompile(`(?i)\b(maand|jaar|uur|week)(?:salaris|loon|inkomen|vergoeding)\b[^.!?\n\d]{0,30}$`)
	southSlavicPayBefore   = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(mjese[čc]n|mese[čc]n|godi[šs]nj)\p{L}*\s+)?(?:neto\s+|bruto\s+)?(?:pla[ćc]a|plata|zarada|primanja)\b[^.!?\n\d]{0,24}$`)
	southSlavicPeriodAfter = regexp.MustCompile(`(?i)^\s*(?:(?:neto|bruto|net|gross)\s+)?(?:((?:mjese[čc]n|mese[čc]n|godi[šs]nj)\p{L}*)|(po\s+satu))(?:$|[^\p{L}])`)
)

// periodWordPayCue (called by romancePayCue) reads a Dutch or South Slavic
// pay word before an amount: its period (or "" for pay alone), and whether
// one was found.
func periodWordPayCue(before string) (model.PayUnit, bool) {
	if containsFold(before, "salaris") || containsFold(before, "loon") || containsFold(before, "inkomen") || containsFold(before, "vergoeding") {
		if m := dutchPeriodPayBefore.FindStringSubmatch(before); m != nil {
			return dutchPeriodUnit(strings.ToLower(m[1])), true
		}
	}
	if containsFold(before, "plać") || containsFold(before, "placa") || containsFold(before, "plata") || containsFold(before, "zarada") || containsFold(before, "primanja") {
		if m := southSlavicPayBefore.FindStringSubmatch(before); m != nil {
			return southSlavicUnit(m[1], ""), true
		}
	}
	if u, ok := frenchPeriodLead(before); ok {
		return u, true // "Annuel de 40 000 Euros" (pay_french_period_lead.go)
	}
	return worldPayLabel(before) // "Plat:", "Μισθός:", "Palkka:" (pay_labels_world.go)
}

// periodWordAfter (called by romanceUnitAfter) reads a South Slavic period
// after an amount; n is how much of after it took.
func periodWordAfter(after string) (model.PayUnit, int, bool) {
	a := after[:min(len(after), 40)]
	if !strings.Contains(a, "sečn") && !strings.Contains(a, "secn") && !containsFold(a, "godi") && !strings.Contains(a, "po satu") {
		return worldPeriodAfter(after) // "mesačne", "το μήνα", "/kk" (pay_periods_world.go)
	}
	loc := southSlavicPeriodAfter.FindStringSubmatchIndex(after)
	if loc == nil {
		return worldPeriodAfter(after)
	}
	if loc[2] >= 0 {
		return southSlavicUnit(after[loc[2]:loc[3]], ""), loc[3], true
	}
	return model.UnitHour, loc[5], true
}

// dutchPeriodUnit is the period of a Dutch salary word's first part.
func dutchPeriodUnit(p string) model.PayUnit {
	switch p {
	case "maand":
		return model.UnitMonth
	case "jaar":
		return model.UnitYear
	case "uur":
		return model.UnitHour
	}
	return model.UnitWeek
}

// southSlavicUnit is the period of a South Slavic period word's stem.
func southSlavicUnit(stem, perHour string) model.PayUnit {
	s := strings.ToLower(stem)
	switch {
	case perHour != "":
		return model.UnitHour
	case strings.HasPrefix(s, "god"):
		return model.UnitYear
	case s != "":
		return model.UnitMonth
	}
	return ""
}
