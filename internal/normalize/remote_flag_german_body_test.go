package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// germanFlagBodyCases: a remote flag or location beside a German
// description that places the role, in our own words, with the texts that
// must keep the remote reading.
var germanFlagBodyCases = []truthCase{
	{name: "hybrid work beside a remote flag", p: model.Posting{Title: "Controller (m/w/d)", RemoteHint: "Remote", DescriptionText: "Wir bieten hybrides Arbeiten am Standort Leipzig."}, remote: "hybrid"},
	{name: "hybrid model beside a remote location", p: model.Posting{Title: "Buchhalter", Locations: []string{"Remote"}, DescriptionText: "Unser hybrides Arbeitsmodell: zwei Tage Büro, drei Tage zu Hause."}, remote: "hybrid"},
	{name: "the post is hybrid", p: model.Posting{Title: "Einkäufer", RemoteHint: "remote", DescriptionText: "Die Stelle ist hybrid, mit Büro in Kassel."}, remote: "hybrid"},
	{name: "work on site beside a remote flag", p: model.Posting{Title: "Lagerist", RemoteHint: "Remote", DescriptionText: "Die Arbeit vor Ort in unserem Lager in Fulda."}, remote: "onsite"},
	{name: "home office denied beside a remote flag", p: model.Posting{Title: "Sachbearbeiter", RemoteHint: "Remote", DescriptionText: "Homeoffice ist bei dieser Stelle leider nicht möglich."}, remote: "onsite"},
	{name: "trap: fully remote said too", p: model.Posting{Title: "Entwickler", RemoteHint: "Remote", DescriptionText: "100% Homeoffice. Unser Team in Köln arbeitet hybrides Arbeiten."}, remote: "remote"},
	{name: "trap: on site at customers", p: model.Posting{Title: "Berater", RemoteHint: "Remote", DescriptionText: "Gelegentlich Arbeit vor Ort beim Kunden in Bremen."}, remote: "remote"},
	{name: "trap: occasional presence", p: model.Posting{Title: "Berater", RemoteHint: "Remote", DescriptionText: "Zu Workshops ist ab und zu Arbeit vor Ort nötig."}, remote: "remote"},
	{name: "trap: hybrid cloud is technology", p: model.Posting{Title: "Cloud Engineer", RemoteHint: "Remote", DescriptionText: "Du betreust unsere hybride Cloud-Infrastruktur."}, remote: "remote"},
	{name: "trap: a German text with no placing", p: model.Posting{Title: "Redakteur", RemoteHint: "Remote", DescriptionText: "Du schreibst Texte für unseren Blog."}, remote: "remote"},
}

func TestGermanFlagBody(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range germanFlagBodyCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzGermanContradiction(f *testing.F) {
	for _, tc := range germanFlagBodyCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r, ev := germanContradiction(text)
		if (r == model.RemoteUnknown) != (ev == "") {
			t.Fatalf("germanContradiction(%q) = %q, %q", text, r, ev)
		}
	})
}
