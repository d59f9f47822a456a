package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// moreCodesCases pin money_more_codes.go: further ISO codes before or
// after an amount, the old cedi code, Rwanda's "FRW", and the signs of
// the guaraní, colón, kip, riel, manat, lari, dram and tögrög. Traps:
// codes that are also a chip maker, a checksum, a name or a lab word,
// before a model number or a count.
var moreCodesCases = []truthCase{
	{name: "leva code before a monthly range", p: model.Posting{Title: "QA Engineer", PayText: "BGN 3,200 - 4,100 per month"}, pay: "3200 4100 BGN month"},
	{name: "convertible marks after the amount", p: model.Posting{Title: "Skladištar", PayText: "1.650 BAM per month"}, pay: "1650 1650 BAM month"},
	{name: "denars code in a sentence", p: model.Posting{Title: "Support agent", DescriptionText: "The monthly salary is MKD 42,000 net."}, pay: "42000 42000 MKD month"},
	{name: "kwacha of zambia a month", p: model.Posting{Title: "Driver", PayText: "ZMW 6,200 per month"}, pay: "6200 6200 ZMW month"},
	{name: "malawi kwacha range", p: model.Posting{Title: "Clerk", PayText: "MWK 380,000 - 420,000 per month"}, pay: "380000 420000 MWK month"},
	{name: "lebanese pounds in millions of digits", p: model.Posting{Title: "Cashier", PayText: "LBP 45,000,000 per month"}, pay: "4.5e+07 4.5e+07 LBP month"},
	{name: "guarani code after", p: model.Posting{Title: "Cajero", PayText: "2.900.000 PYG por mes"}, pay: "2.9e+06 2.9e+06 PYG month"},
	{name: "dominican peso code", p: model.Posting{Title: "Agente", PayText: "DOP 28,000 per month"}, pay: "28000 28000 DOP month"},
	{name: "old cedi code", p: model.Posting{Title: "Teller", PayText: "GHC 3,100 per month"}, pay: "3100 3100 GHS month"},
	{name: "rwanda writes frw", p: model.Posting{Title: "Field officer", PayText: "FRW 350,000 per month"}, pay: "350000 350000 RWF month"},
	{name: "icelandic kronur a month", p: model.Posting{Title: "Developer", PayText: "ISK 950,000 per month"}, pay: "950000 950000 ISK month"},
	{name: "guarani sign", p: model.Posting{Title: "Vendedor", PayText: "₲ 3.800.000 por mes"}, pay: "3.8e+06 3.8e+06 PYG month"},
	{name: "colon sign glued", p: model.Posting{Title: "Agente", PayText: "₡720.000 per month"}, pay: "720000 720000 CRC month"},
	{name: "lari sign after", p: model.Posting{Title: "Operator", PayText: "1,800 ₾ per month"}, pay: "1800 1800 GEL month"},
	{name: "dram sign", p: model.Posting{Title: "Designer", PayText: "֏ 450,000 per month"}, pay: "450000 450000 AMD month"},
	{name: "riel sign", p: model.Posting{Title: "Cashier", PayText: "៛ 1,400,000 per month"}, pay: "1.4e+06 1.4e+06 KHR month"},
	{name: "manat sign in a sentence", p: model.Posting{Title: "Accountant", DescriptionText: "Salary: ₼ 1,400 per month."}, pay: "1400 1400 AZN month"},
	{name: "trap: a chip maker before a model number", p: model.Posting{Title: "Hardware tester", DescriptionText: "You will benchmark AMD 7950 and Intel 14900 processors."}, pay: "-"},
	{name: "trap: a checksum", p: model.Posting{Title: "Firmware engineer", DescriptionText: "Implement CRC 32 and CRC 16 checks over the UART link."}, pay: "-"},
	{name: "trap: a lab gel count", p: model.Posting{Title: "Lab technician", DescriptionText: "Prepare GEL 12 lanes for each run."}, pay: "-"},
	{name: "trap: a name in capitals before a year", p: model.Posting{Title: "Intern", DescriptionText: "MENTOR: BOB 2026 COHORT LEAD"}, pay: "-"},
}

func TestMoreCodesCases(t *testing.T) {
	runFieldCases(t, moreCodesCases)
}
