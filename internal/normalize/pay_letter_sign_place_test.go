package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// letterSignPlaceCases pin pay_letter_sign_place.go: "N" for the naira in
// Nigeria and "P" for the peso in the Philippines before a salary-sized
// figure. Traps: the same letters elsewhere, a mask or a priority, a
// figure too small, a remote role, a letter glued to a word.
var letterSignPlaceCases = []truthCase{
	{name: "naira range by the month", p: model.Posting{Title: "Cashier", Locations: []string{"Ibadan, Nigeria"}, DescriptionText: "Salary: N90,000 - N120,000 monthly."}, pay: "90000 120000 NGN month"},
	{name: "naira single", p: model.Posting{Title: "Driver", Locations: []string{"Abuja, Nigeria"}, DescriptionText: "Take-home pay of N180,000 per month."}, pay: "180000 180000 NGN month"},
	{name: "peso day rate", p: model.Posting{Title: "Helper", Locations: []string{"Davao City, Philippines"}, DescriptionText: "Daily rate: P550/day, 6 days a week."}, pay: "550 550 PHP day"},
	{name: "peso range", p: model.Posting{Title: "Encoder", Locations: []string{"Pasig City, Metro Manila"}, DescriptionText: "Salary: P16,000 - P19,000 plus HMO."}, pay: "16000 19000 PHP month"},
	{name: "trap: N95 in Nigeria", p: model.Posting{Title: "Nurse", Locations: []string{"Lagos, Nigeria"}, DescriptionText: "Wear N95 masks at all times."}, pay: "-"},
	{name: "trap: P1 tickets in the Philippines", p: model.Posting{Title: "Support", Locations: []string{"Taguig, Metro Manila"}, DescriptionText: "Handle P1 and P2 tickets within SLA."}, pay: "-"},
	{name: "trap: letter outside its country", p: model.Posting{Title: "Clerk", Locations: []string{"Nairobi, Kenya"}, DescriptionText: "Salary: N90,000 monthly."}, pay: "-"},
	{name: "trap: glued to a word", p: model.Posting{Title: "Clerk", Locations: []string{"Lagos, Nigeria"}, DescriptionText: "Reference JN150,000 on the form."}, pay: "-"},
}

func TestLetterSignPlaceCases(t *testing.T) {
	runFieldCasesShortAndLong(t, letterSignPlaceCases)
}
