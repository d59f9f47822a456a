package normalize

import "github.com/gigscout/gigscout/internal/model"

// employedRangeMonth reads a pay field of a bare salary-sized range with no
// period ("$800 - $1,500") on a listing filed full-time or part-time as a
// month's pay, not the price of a piece of work: size alone reads such a
// range as a project's (sizeUnit), but a job held by the month is paid by
// it, as boards in Cambodia, Vietnam, Armenia or the Gulf quote US dollars.
// The range must start at a month's floor (bareLimits) and stay below a
// year's size, and the field hold no word but currency codes and bounds.
func employedRangeMonth(pay *model.Pay, l *model.Listing) *model.Pay {
	if pay == nil || pay.Unit != model.UnitProject || pay.Source != model.FromText || pay.Evidence == nil || pay.Evidence.Field != "pay_text" {
		return pay
	}
	if l.Type != model.TypeFullTime && l.Type != model.TypePartTime {
		return pay
	}
	if pay.Min >= pay.Max || pay.Min < bareLimits[model.UnitMonth][0] || pay.Max >= 15000 || !periodUnstated(l.PayText) {
		return pay
	}
	pay.Unit = model.UnitMonth
	return pay
}
