package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// paidByWorkerCases pin paidByWorker (pay_paid_by_worker.go): an amount the
// reader is told to pay or spend themself is no pay. Written for this
// project.
var paidByWorkerCases = []truthCase{
	{name: "pay a sum yourself for an add-on", p: model.Posting{Title: "Video Rater", DescriptionText: "Equipment is provided. Pay €19 yourself if you want the premium headset."}, pay: "-"},
	{name: "spend out of pocket on supplies", p: model.Posting{Title: "Art Tutor", DescriptionText: "Expect to spend $40 out of pocket on supplies."}, pay: "-"},
	{name: "cost named after a real rate does not hide the rate", p: model.Posting{Title: "Video Rater", DescriptionText: "Rate: $14 per hour. You may pay $10 yourself for an optional course."}, pay: "14 14 USD hour"},

	{name: "trap: we pay an hourly rate", p: model.Posting{Title: "Video Rater", DescriptionText: "We pay $25/hr for every hour you log."}, pay: "25 25 USD hour"},
	{name: "trap: earnings you keep yourself stay pay", p: model.Posting{Title: "Courier", DescriptionText: "Earn $22 per hour and keep all tips yourself."}, pay: "22 22 USD hour"},
	{name: "trap: a pocket word far from the amount stays", p: model.Posting{Title: "Courier", DescriptionText: "Pay: $600 per week. No out of pocket costs."}, pay: "600 600 USD week"},
}

func TestPaidByWorkerCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range paidByWorkerCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
