package redflag

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// FuzzAssess checks the invariants on arbitrary text: no panic, flags
// non-nil and sorted, every evidence span an exact slice of its field,
// and risk equal to Risk(flags).
func FuzzAssess(f *testing.F) {
	f.Add("Data Entry Clerk", "", "Pay a $50 registration fee. Interview on Telegram.", "$300 per day", "", "Part-time", 0.0, uint8(0))
	f.Add("Intern", "Acme", "Other duties as assigned.Adhere &amp; comply. unlimited unpaid time off", "Unpaid", "We use WhatsApp", "", 12.5, uint8(1))
	f.Add("Volunteer", "", "Zero start-up fee. Can earn $450 to $500 extra per day.", "0", "", "Volunteer", 0.0, uint8(2))
	f.Add("Admin", "", "&#x1F600;&amp&;&#;\u00a0\u2022x.Y zÄé. ClerkData", "$", "", "", 5.0, uint8(3))
	f.Add("A", "B", "Send your SSN to a@gmail.com. Only 5 slots left! Cash the check and wire the balance to us.", "", "", "", 100.0, uint8(4))
	f.Fuzz(func(t *testing.T, title, company, text, pay, info, etype string, hourly float64, kind uint8) {
		l := &model.Listing{Title: title, Company: company, Text: text, PayText: pay, CompanyInfo: info, EmploymentType: etype}
		types := []model.JobType{model.TypeUnknown, model.TypeMicroInternship, model.TypeInternship, model.TypeProject, model.TypeFullTime}
		l.Type = types[int(kind)%len(types)]
		l.ProjectBased = kind&8 != 0
		l.Unpaid = kind&16 != 0
		if kind&32 != 0 {
			units := []model.PayUnit{model.UnitHour, model.UnitDay, model.UnitWeek, model.UnitMonth, model.UnitYear, model.UnitProject, ""}
			l.Pay = &model.Pay{Min: hourly, Max: hourly, Currency: "USD", Unit: units[int(kind)%len(units)], Hourly: hourly, HourlyUSD: hourly}
			if kind&64 != 0 {
				l.Pay.Evidence = &model.Span{Field: FieldText, Start: int(kind) % 7, End: int(kind) % 13, Text: "x"}
			}
		}
		Assess(l)
		checkInvariants(t, l)
	})
}
