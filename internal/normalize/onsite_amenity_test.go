package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// onsiteAmenityCases pin onsite_amenity.go: an office perk written with
// "on-site" sets no work mode. Traps: an on-site role, an on-site role with
// a perk beside it, a workplace word after "on-site", a word that only
// starts like an amenity.
var onsiteAmenityCases = []truthCase{
	{name: "free parking perk", p: model.Posting{Title: "Accounts Assistant", DescriptionText: "What we offer: pension, 25 days leave and free on-site parking."}, remote: "unknown"},
	{name: "gym perk", p: model.Posting{Title: "Accounts Assistant", DescriptionText: "Staff enjoy an on-site gym and a cycle-to-work scheme."}, remote: "unknown"},
	{name: "childcare perk", p: model.Posting{Title: "Accounts Assistant", DescriptionText: "Benefits include on-site childcare."}, remote: "unknown"},

	{name: "trap: an on-site role", p: model.Posting{Title: "Accounts Assistant", DescriptionText: "This is an on-site role at our Wigan depot."}, remote: "onsite"},
	{name: "trap: an on-site role with a parking perk", p: model.Posting{Title: "Accounts Assistant", DescriptionText: "You will work on-site five days a week. Free on-site parking."}, remote: "onsite"},
	{name: "trap: a kitchen is a workplace", p: model.Posting{Title: "Commis Chef", DescriptionText: "Join our on-site kitchen team preparing lunches."}, remote: "onsite"},
	{name: "trap: clinical work is no amenity", p: model.Posting{Title: "Nurse", DescriptionText: "Duties are on-site clinical work with patients."}, remote: "onsite"},
	{name: "trap: gymnastics coaching", p: model.Posting{Title: "Coach", DescriptionText: "Deliver on-site gymnastics sessions in schools."}, remote: "onsite"},
}

func TestOnsiteAmenityCases(t *testing.T) {
	for _, tc := range onsiteAmenityCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
