package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// plainSentenceCases pin onsite_plain_sentences.go and the "you'll be
// working remotely" sentence of remote_role_done_remotely.go. Traps: a
// back-office job, a visit after the office, a hybrid set-up, a German home
// office beside the office, a condition before "remotely", a weekly share
// or a phase after it.
var plainSentenceCases = []truthCase{
	{name: "and work from our office", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Dayton, OH"}, DescriptionText: "Candidates should live in Ohio and work from our Dayton office."}, remote: "onsite"},
	{name: "and working at the office", p: model.Posting{Title: "Paralegal", DescriptionText: "Reporting to the partner and working at the Leeds office."}, remote: "onsite"},
	{name: "office role leading the text", p: model.Posting{Title: "Receptionist", DescriptionText: "Office role in Lyon, Monday to Friday."}, remote: "onsite"},
	{name: "is an office job", p: model.Posting{Title: "Clerk", DescriptionText: "Pay is weekly. This is an office job near the harbour."}, remote: "onsite"},
	{name: "german own office", p: model.Posting{Title: "Sachbearbeiter (m/w/d)", Locations: []string{"Graz"}, DescriptionText: "Du arbeitest in unserem Büro in Graz."}, remote: "onsite"},
	{name: "german own office ascii", p: model.Posting{Title: "Buchhalter (m/w/d)", DescriptionText: "Sie arbeiten vor Ort in unserem Buero am Hafen."}, remote: "onsite"},
	{name: "you'll be working remotely", p: model.Posting{Title: "Copy Editor", Locations: []string{"Denver, CO"}, DescriptionText: "You'll be working remotely alongside three editors."}, remote: "remote"},
	{name: "you will work remotely", p: model.Posting{Title: "Bookkeeper", DescriptionText: "As our bookkeeper you will work remotely and report monthly."}, remote: "remote"},

	{name: "trap: back office job", p: model.Posting{Title: "Clerk", Locations: []string{"Leeds"}, DescriptionText: "A back office job in payments."}, remote: "!onsite"},
	{name: "trap: visit after the office", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Ohio"}, DescriptionText: "Travel to Ohio and work from our Dayton office twice a year."}, remote: "!onsite"},
	{name: "trap: hybrid set-up with the office", p: model.Posting{Title: "Paralegal", Locations: []string{"Leeds"}, DescriptionText: "Hybrid set-up: live nearby and work from our Leeds office on Tuesdays."}, remote: "hybrid"},
	{name: "trap: german office and home office", p: model.Posting{Title: "Sachbearbeiter (m/w/d)", Locations: []string{"Graz"}, DescriptionText: "Du arbeitest in unserem Büro und zwei Tage im Homeoffice."}, remote: "!onsite"},
	{name: "trap: when you'll be working remotely", p: model.Posting{Title: "Welder", Locations: []string{"Tucson, AZ"}, DescriptionText: "Laptops are issued, and when you'll be working remotely a headset too."}, remote: "!remote"},
	{name: "trap: remotely two days", p: model.Posting{Title: "Analyst", Locations: []string{"Leeds"}, DescriptionText: "You will work remotely two days a week."}, remote: "!remote"},
	{name: "trap: remotely at first", p: model.Posting{Title: "Analyst", Locations: []string{"Leeds"}, DescriptionText: "You will be working remotely at first, then in the studio."}, remote: "!remote"},
	{name: "trap: remotely during the induction", p: model.Posting{Title: "Analyst", Locations: []string{"Leeds"}, DescriptionText: "You will be working remotely during the induction, then in the Leeds studio."}, remote: "!remote"},
}

func TestPlainSentenceCases(t *testing.T) {
	for _, tc := range plainSentenceCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
