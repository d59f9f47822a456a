package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// homeBasedSouthAsianPayCases pin the work-mode and pay fixes guided by the thirty-third
// round's part j (other projects' own work-mode and pay tests, kept outside
// the repository and scored with TestAgreementOutside), in other words than
// those tests, each with traps: home-based work said of the role, "no
// remote" written as a note, a share of remote work below all of it, a mode
// word as a segment of a header line, and South Asian pay fields ("/-",
// "between … and …", "around", "pm", "per mensem", "hazar", "mahina",
// "salana", the taka's "Tk").
var homeBasedSouthAsianPayCases = []truthCase{
	// Home-based work said of the role.
	{name: "assignment is home-based", p: model.Posting{Title: "Evaluation Specialist", DescriptionText: "The assignment is home-based, with one field mission to Nairobi."}, remote: "remote"},
	{name: "home-based consultancy", p: model.Posting{Title: "Gender Adviser", DescriptionText: "This is a home-based consultancy of 40 working days."}, remote: "remote"},
	{name: "trap: home-based care is a service", p: model.Posting{Title: "Support Worker", Locations: []string{"Leeds, UK"}, DescriptionText: "Our service is home-based care for older people across the city."}, remote: "unknown"},
	{name: "trap: home-based business", p: model.Posting{Title: "Bookkeeper", DescriptionText: "Our client is a home-based business selling candles."}, remote: "unknown"},

	// "No remote" as a note between separators.
	{name: "dash note no remote", p: model.Posting{Title: "Engineer", DescriptionText: "Lisbon, Portugal - Backend Engineer - Full time - No Remote"}, remote: "onsite"},
	{name: "parenthesised apology no remote", p: model.Posting{Title: "Engineer", DescriptionText: "Quarry Labs - Denver, CO - visa transfers welcome (sorry, no remote)"}, remote: "onsite"},
	{name: "no remote before another note", p: model.Posting{Title: "Engineer", DescriptionText: "Tallinn, Estonia - Full time (no remote, relocation paid)"}, remote: "onsite"},
	{name: "trap: no remote inside a sentence", p: model.Posting{Title: "Engineer", DescriptionText: "We have no remote monitoring tools yet; you will help us pick them."}, remote: "unknown"},

	// A share of remote work below all of it.
	{name: "onsite with a remote share", p: model.Posting{Title: "Engineer", DescriptionText: "Fieldline | Kraków, Poland | ONSITE (up to 40% remote) | Full-time"}, remote: "hybrid"},
	{name: "remote location with a share", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "The role is 60% remote, with team days in Leeds."}, remote: "hybrid"},
	{name: "work from home part of the week", p: model.Posting{Title: "Analyst", Locations: []string{"Bristol"}, DescriptionText: "You can work from home part of the week."}, remote: "hybrid"},
	{name: "trap: a full share stays remote", p: model.Posting{Title: "Analyst", DescriptionText: "This is a 100% remote role."}, remote: "remote"},
	{name: "trap: a share of something else", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "About 30% of the job is travel to remote sites."}, remote: "remote"},

	// A place or remote with the remote's scope named.
	{name: "city or remote in a country", p: model.Posting{Title: "Analyst", Locations: []string{"Glasgow"}, DescriptionText: "Glasgow or Remote in the UK | £58,000"}, remote: "remote"},
	{name: "trap: or remote inside a long clause", p: model.Posting{Title: "Analyst", DescriptionText: "Meetings can be held at the Glasgow studio or remote in the UK"}, remote: "unknown"},

	// South Asian pay fields.
	{name: "rupee figure with slash dash", p: model.Posting{Title: "Machine Operator", Locations: []string{"Nashik, Maharashtra"}, PayText: "19,500/- per month"}, pay: "19500 19500 INR month"},
	{name: "between and in a pay field", p: model.Posting{Title: "Machine Operator", Locations: []string{"Nashik, Maharashtra"}, PayText: "between 16000 and 21000"}, pay: "16000 21000 INR month"},
	{name: "around k per month", p: model.Posting{Title: "Machine Operator", Locations: []string{"Nashik, Maharashtra"}, PayText: "around 23k per month"}, pay: "23000 23000 INR month"},
	{name: "k pm", p: model.Posting{Title: "Telecaller", Locations: []string{"Indore, India"}, PayText: "27k pm"}, pay: "27000 27000 INR month"},
	{name: "per mensem in a bare field", p: model.Posting{Title: "Telecaller", Locations: []string{"Indore, India"}, PayText: "17,250 per mensem"}, pay: "17250 17250 INR month"},
	{name: "hazar range with mahina", p: model.Posting{Title: "Telecaller", Locations: []string{"Indore, India"}, PayText: "14 se 18 hazar mahina"}, pay: "14000 18000 INR month"},
	{name: "mahine ke before hazaar", p: model.Posting{Title: "Telecaller", Locations: []string{"Indore, India"}, PayText: "mahine ke 21 hazaar"}, pay: "21000 21000 INR month"},
	{name: "salana lakh", p: model.Posting{Title: "Telecaller", Locations: []string{"Indore, India"}, PayText: "salana 3.9 lakh"}, pay: "390000 390000 INR year"},
	{name: "taka range with a monthly note", p: model.Posting{Title: "Officer", Locations: []string{"Chattogram, Bangladesh"}, PayText: "Tk. 32000 - 41000 (Monthly)"}, pay: "32000 41000 BDT month"},
	{name: "taka single", p: model.Posting{Title: "Officer", PayText: "Tk 45,000"}, pay: "45000 45000 BDT month"},
	{name: "trap: hazar without a period", p: model.Posting{Title: "Telecaller", Locations: []string{"Indore, India"}, PayText: "24 hazar"}, pay: "-"},
	{name: "trap: pm as a time", p: model.Posting{Title: "Telecaller", Locations: []string{"Indore, India"}, PayText: "Shift 2 pm to 11 pm"}, pay: "-"},
	{name: "trap: between with no second bound", p: model.Posting{Title: "Telecaller", Locations: []string{"Indore, India"}, PayText: "between 18000"}, pay: "-"},
	{name: "trap: tk inside a word", p: model.Posting{Title: "Officer", PayText: "Ltk 45000 units"}, pay: "-"},
}

// modeHeaderSegmentCases are read from the description's first line only, so
// the long run puts the filler after them.
var modeHeaderSegmentCases = []truthCase{
	// A mode word as a segment of a header line.
	{name: "remote segment before a contract word", p: model.Posting{Title: "Engineer", DescriptionText: "Tidewell | Platform Engineer | REMOTE - Contract | tidewell.example"}, remote: "remote"},
	{name: "on site segment between dashes", p: model.Posting{Title: "Engineer", DescriptionText: "SPRINGFIELD, IL - FULL TIME - ON SITE - DATA ENGINEER"}, remote: "onsite"},
	{name: "trap: two modes in one header", p: model.Posting{Title: "Engineer", DescriptionText: "Harbor Co - Reno, NV - Remote - On site - Full Time"}, remote: "unknown"},
	{name: "trap: mode word inside a longer segment", p: model.Posting{Title: "Engineer", DescriptionText: "Orbital | GIS Analyst - Remote Sensing - Full time"}, remote: "unknown"},
}

func TestHomeBasedSouthAsianPayCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range append(homeBasedSouthAsianPayCases, modeHeaderSegmentCases...) {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// TestHomeBasedSouthAsianPayCasesLong runs the cases again past minGuardedText, where
// hasFold answers from the folded copy.
func TestHomeBasedSouthAsianPayCasesLong(t *testing.T) {
	filler := strings.Repeat("The depot opens early and the vans leave by seven each morning. ", 12) + "\n"
	checkLongCases(t, filler, checkFieldCaseNot, homeBasedSouthAsianPayCases)
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range modeHeaderSegmentCases {
		tc.p.DescriptionText += "\n" + filler
		if len(tc.p.DescriptionText) < minGuardedText {
			t.Fatalf("filler too short: %d bytes", len(tc.p.DescriptionText))
		}
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
