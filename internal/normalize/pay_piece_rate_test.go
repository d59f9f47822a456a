package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Piece rates of gig and microtask work, amounts under one unit, a
// payment named as made once, a paid session, and a bounty after its
// amount: each the pay for a piece of work (a project's unit), with
// near misses that keep their reading (pay.go perPiece, sizeUnit;
// pay_one_off_before.go; fixedAfter).
var pieceRateCases = []truthCase{
	{name: "a rate by the word", p: model.Posting{Title: "Copywriter", DescriptionText: "We pay $0.07/word for each accepted draft."}, pay: "0.07 0.07 USD project"},
	{name: "a rate by the page", p: model.Posting{Title: "Proofreader", PayText: "$3 per page"}, pay: "3 3 USD project"},
	{name: "a rate by the image", p: model.Posting{Title: "Annotator", DescriptionText: "Compensation: $0.15 per image annotated."}, pay: "0.15 0.15 USD project"},
	{name: "a rate by the test", p: model.Posting{Title: "Usability tester", PayText: "$12 per test"}, pay: "12 12 USD project"},
	{name: "a rate by the delivery", p: model.Posting{Title: "Bike courier", DescriptionText: "You earn $6 per delivery, plus tips."}, pay: "6 6 USD project"},
	{name: "a rate by the class", p: model.Posting{Title: "Yoga teacher", PayText: "€35 a class"}, pay: "35 35 EUR project"},
	{name: "a lone amount under a dollar", p: model.Posting{Title: "Receipt transcription", PayText: "$0.35"}, pay: "0.35 0.35 USD project"},
	{name: "a range under a dollar", p: model.Posting{Title: "Image tagging", PayText: "$0.20 - $0.45"}, pay: "0.2 0.45 USD project"},
	{name: "a one-time payment", p: model.Posting{Title: "Illustrator", DescriptionText: "You will receive a one-time payment of $180."}, pay: "180 180 USD project"},
	{name: "a single payout", p: model.Posting{Title: "Editor", DescriptionText: "Single payout: $90 after approval."}, pay: "90 90 USD project"},
	{name: "a lump-sum amount", p: model.Posting{Title: "Researcher", DescriptionText: "Lump sum amount of £400 for the literature review."}, pay: "400 400 GBP project"},
	{name: "a paid interview session", p: model.Posting{Title: "Study participant", DescriptionText: "Get $30 for a 45-minute interview over Zoom."}, pay: "30 30 USD project"},
	{name: "a paid focus group", p: model.Posting{Title: "Panelist", DescriptionText: "$75 for a two-hour focus group."}, pay: "75 75 USD project"},
	{name: "a bounty after its amount", p: model.Posting{Title: "Open source fix", DescriptionText: "There is a $250 bounty on this issue."}, pay: "250 250 USD project"},
	{name: "milestone payments totalling", p: model.Posting{Title: "App developer", DescriptionText: "Three milestone payments totalling $4,200."}, pay: "4200 4200 USD project"},
	{name: "a stipend by the semester", p: model.Posting{Title: "Lab assistant", DescriptionText: "The assistant receives a stipend of $1,200 per semester."}, pay: "1200 1200 USD project"},
	{name: "a piece named two words after per", p: model.Posting{Title: "Content creator", DescriptionText: "We pay $60 per approved short-form video."}, pay: "60 60 USD project"},
	{name: "a timed test paid by the piece", p: model.Posting{Title: "Website tester", DescriptionText: "Earn $8 per 15-minute test."}, pay: "8 8 USD project"},
	{name: "euros by the German word", p: model.Posting{Title: "Übersetzer", PayText: "0,07 € pro Wort"}, pay: "0.07 0.07 EUR project"},
	{name: "pay for a logo", p: model.Posting{Title: "Designer", DescriptionText: "We are paying $180 for a logo and two variations."}, pay: "180 180 USD project"},
	{name: "a rate by the event", p: model.Posting{Title: "Event photographer", DescriptionText: "You'll receive $150 per event photographed."}, pay: "150 150 USD project"},
	{name: "trap: tickets cost per event", p: model.Posting{Title: "Event photographer", DescriptionText: "Tickets cost $40 per event; staff get in free."}, pay: "-"},
	{name: "trap: entry costs per visit", p: model.Posting{Title: "Gallery assistant", DescriptionText: "Entry costs $12 per visit."}, pay: "-"},
	{name: "trap: a price by the large box", p: model.Posting{Title: "Sales rep", DescriptionText: "The price is $18 per large box."}, pay: "-"},
	{name: "trap: a stipend by the month", p: model.Posting{Title: "Intern", DescriptionText: "A stipend of $900 per month."}, pay: "900 900 USD month"},
	{name: "trap: hourly pay for a post-doctoral lab", p: model.Posting{Title: "Assistant", DescriptionText: "$21 per hour for a post-doctoral lab."}, pay: "21 21 USD hour"},
	{name: "a stated total beats its piece rate", p: model.Posting{Title: "Banner designer", DescriptionText: "Fee: $450 for the set of three banners ($150 per banner)."}, pay: "450 450 USD project"},
	// Near misses: hourly, yearly and priced goods keep their reading.
	{name: "trap: an hourly rate", p: model.Posting{Title: "Tutor", PayText: "$22 per hour"}, pay: "22 22 USD hour"},
	{name: "trap: a yearly salary after a words", p: model.Posting{Title: "Engineer", PayText: "$98,000 a year"}, pay: "98000 98000 USD year"},
	{name: "trap: a price by the box", p: model.Posting{Title: "Sales rep", DescriptionText: "Our price is $18 per box."}, pay: "-"},
	{name: "trap: hourly pay beside a one-time payment", p: model.Posting{Title: "Engineer", DescriptionText: "$45 per hour, and a one-time payment of $300 at the end."}, pay: "45 45 USD hour"},
	{name: "trap: a one-time bonus", p: model.Posting{Title: "Engineer", DescriptionText: "A one-time signing bonus of $700."}, pay: "-"},
	{name: "trap: a flat rate by the hour", p: model.Posting{Title: "Engineer", DescriptionText: "Flat rate of $28/hour."}, pay: "28 28 USD hour"},
	{name: "trap: an hourly rate for a working week", p: model.Posting{Title: "Engineer", DescriptionText: "$26 per hour for a 40-hour week."}, pay: "26 26 USD hour"},
	{name: "trap: an hourly rate for each session", p: model.Posting{Title: "Tutor", DescriptionText: "$24/hour for each session."}, pay: "24 24 USD hour"},
	{name: "trap: a bug bounty programme manager", p: model.Posting{Title: "Bug Bounty Program Manager", PayText: "$140,000 - $160,000"}, pay: "140000 160000 USD year"},
}

func TestPieceRateCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range pieceRateCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
