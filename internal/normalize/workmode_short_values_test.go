package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// shortValueCases pin workmode_short_values.go: short work-mode values in
// a workplace field, a location item or a description of a few words,
// written for this project, with traps beside them.
var shortValueCases = []truthCase{
	// Negated remote words are on-site work.
	{name: "portuguese not remote hint", p: model.Posting{Title: "Analista fiscal", RemoteHint: "Não remoto"}, remote: "onsite"},
	{name: "swedish not remote location", p: model.Posting{Title: "Ekonomiassistent", Locations: []string{"Ej distans"}}, remote: "onsite"},
	{name: "swedish not remote description", p: model.Posting{Title: "Ekonomiassistent", DescriptionText: "inte på distans"}, remote: "onsite"},
	{name: "portuguese remote no label hint", p: model.Posting{Title: "Analista fiscal", RemoteHint: "Remoto: não"}, remote: "onsite"},
	{name: "german home office not possible hint", p: model.Posting{Title: "Sachbearbeiter", RemoteHint: "Home-Office nicht möglich"}, remote: "onsite"},
	{name: "dutch no home work location", p: model.Posting{Title: "Boekhouder", Locations: []string{"Geen thuiswerken"}}, remote: "onsite"},
	{name: "danish no home office hint", p: model.Posting{Title: "Bogholder", RemoteHint: "Ikke hjemmekontor"}, remote: "onsite"},
	// Partly remote words are hybrid.
	{name: "polish partly remote location", p: model.Posting{Title: "Księgowa", Locations: []string{"Praca częściowo zdalna"}}, remote: "hybrid"},
	{name: "dutch partly home work hint", p: model.Posting{Title: "Boekhouder", RemoteHint: "Gedeeltelijk thuiswerken"}, remote: "hybrid"},
	{name: "dutch partly remote location", p: model.Posting{Title: "Boekhouder", Locations: []string{"Deels remote"}}, remote: "hybrid"},
	{name: "portuguese partial remote hint", p: model.Posting{Title: "Contador", RemoteHint: "Trabalho remoto parcial"}, remote: "hybrid"},
	{name: "finnish partly remote description", p: model.Posting{Title: "Kirjanpitäjä", DescriptionText: "osittain etätyö"}, remote: "hybrid"},
	// Remote and office joined are hybrid.
	{name: "portuguese office and remote hint", p: model.Posting{Title: "Contador", RemoteHint: "Presencial e remoto"}, remote: "hybrid"},
	{name: "english office with remote location", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Office + remote"}}, remote: "hybrid"},
	{name: "english mixed office remote location", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Mixed office and home working"}}, remote: "hybrid"},
	// Words the whole-value tables lack.
	{name: "italian smart working hint", p: model.Posting{Title: "Contabile", RemoteHint: "Smart working"}, remote: "remote"},
	{name: "italian agile work description", p: model.Posting{Title: "Contabile", DescriptionText: "Lavoro agile"}, remote: "remote"},
	{name: "swedish home work location", p: model.Posting{Title: "Ekonomiassistent", Locations: []string{"Hemarbete"}}, remote: "remote"},
	{name: "german telework hint", p: model.Posting{Title: "Sachbearbeiter", RemoteHint: "Telearbeit"}, remote: "remote"},
	{name: "french office hint", p: model.Posting{Title: "Comptable", RemoteHint: "Bureau"}, remote: "onsite"},
	{name: "italian in person hint", p: model.Posting{Title: "Contabile", RemoteHint: "Presenziale"}, remote: "onsite"},
	{name: "on-campus location", p: model.Posting{Title: "Library Assistant", Locations: []string{"On-campus"}}, remote: "onsite"},
	{name: "dutch office location", p: model.Posting{Title: "Boekhouder", Locations: []string{"Kantoor"}}, remote: "onsite"},
	{name: "english full office work hint", p: model.Posting{Title: "Clerk", RemoteHint: "Full office work"}, remote: "onsite"},
	{name: "german home office description", p: model.Posting{Title: "Werkstudent Buchhaltung", DescriptionText: "Homeoffice"}, remote: "remote"},
	{name: "finnish remote description", p: model.Posting{Title: "Kirjanpitäjä", DescriptionText: "Etätyö"}, remote: "remote"},
	// German office, share and fully words.
	{name: "german office and home office joined", p: model.Posting{Title: "Sachbearbeiter", DescriptionText: "Präsenz und Homeoffice"}, remote: "hybrid"},
	{name: "german remote share", p: model.Posting{Title: "Sachbearbeiter", RemoteHint: "Remote-Anteil"}, remote: "hybrid"},
	{name: "german fully remote description", p: model.Posting{Title: "Sachbearbeiter", DescriptionText: "Komplett remote"}, remote: "remote"},
	{name: "german in our office", p: model.Posting{Title: "Sachbearbeiter", DescriptionText: "In unserem Büro"}, remote: "onsite"},
	{name: "german at the site", p: model.Posting{Title: "Sachbearbeiter", Locations: []string{"Am Standort"}}, remote: "onsite"},
	{name: "english blended working hint", p: model.Posting{Title: "Clerk", RemoteHint: "Blended working"}, remote: "hybrid"},
	{name: "trap: a site with a place", p: model.Posting{Title: "Sachbearbeiter", Locations: []string{"Standort Hamburg"}}, remote: "unknown"},
	// Flexible and by-arrangement words in a workplace field.
	{name: "workday flexible hint", p: model.Posting{Title: "Payroll Specialist", RemoteHint: "Flexible"}, remote: "hybrid"},
	{name: "german by arrangement hint", p: model.Posting{Title: "Sachbearbeiter", RemoteHint: "Nach Absprache"}, remote: "hybrid"},
	{name: "spanish to agree hint", p: model.Posting{Title: "Contable", RemoteHint: "A convenir"}, remote: "hybrid"},
	{name: "english by arrangement hint", p: model.Posting{Title: "Bookkeeper", RemoteHint: "By arrangement"}, remote: "hybrid"},

	// Traps: the office denied, not the mode.
	{name: "trap: remote with no office days", p: model.Posting{Title: "Bookkeeper", RemoteHint: "Remote, no onsite"}, remote: "remote"},
	// Traps: a choice of modes is not read as hybrid here.
	{name: "trap: remote or office choice", p: model.Posting{Title: "Contable", DescriptionText: "Teletrabajo / presencial"}, remote: "remote"},
	// Traps: flexible words count only in a workplace field.
	{name: "trap: flexible as a location", p: model.Posting{Title: "Payroll Specialist", Locations: []string{"Flexible"}}, remote: "unknown"},
	{name: "trap: flexible description", p: model.Posting{Title: "Payroll Specialist", DescriptionText: "Flexible"}, remote: "unknown"},
	{name: "trap: negated flexible hint", p: model.Posting{Title: "Payroll Specialist", RemoteHint: "Not flexible"}, remote: "unknown"},
	// Traps: a value holding another word is left alone.
	{name: "trap: office in a place name", p: model.Posting{Title: "Clerk", Locations: []string{"Bureau Veritas, Paris"}}, remote: "unknown"},
	{name: "trap: remote sensing label", p: model.Posting{Title: "Analyst", DescriptionText: "Position: Remote Sensing Analyst"}, remote: "unknown"},
	{name: "trap: no experience after remote", p: model.Posting{Title: "Data Entry - Remote - No Experience"}, remote: "remote"},
	{name: "trap: an office schedule description", p: model.Posting{Title: "Analyst", DescriptionText: "2 days in office"}, remote: "hybrid"},
	{name: "trap: a long description", p: model.Posting{Title: "Analyst", DescriptionText: "We build accounting tools for small firms and ship them to the world."}, remote: "unknown"},
}

func TestShortValues(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range shortValueCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestShortModeValueWords pins the reader itself: the flex switch, the
// word limit and the unknown word.
func TestShortModeValueWords(t *testing.T) {
	for _, c := range []struct {
		s    string
		flex bool
		want model.Remote
	}{
		{"flexibel", true, model.RemoteHybrid},
		{"flexibel", false, model.RemoteUnknown},
		{"remote or hybrid", false, model.RemoteHybrid},
		{"Hybrid (non-remote)", false, model.RemoteHybrid},
		{"On-site / Non-Remote", false, model.RemoteOnsite},
		{"Remote(No)", false, model.RemoteOnsite},
		{"Remote Stockholm", false, model.RemoteUnknown},
		{"Stationary", false, model.RemoteOnsite}, // a Polish board's English for "stacjonarna"
		{"Stationary work", false, model.RemoteOnsite},
		{"office or remote", false, model.RemoteUnknown},                             // a choice: as before
		{"work from home work from home work from home", false, model.RemoteUnknown}, // over eight words
		{strings.Repeat("remote ", 8), false, model.RemoteUnknown},                   // over 48 bytes
		{"", false, model.RemoteUnknown},
		{"- / -", false, model.RemoteUnknown},
	} {
		if got := shortModeValue(c.s, c.flex); got != c.want {
			t.Errorf("shortModeValue(%q, %v) = %q, want %q", c.s, c.flex, got, c.want)
		}
	}
}

func FuzzShortModeValue(f *testing.F) {
	for _, c := range shortValueCases {
		f.Add(c.p.RemoteHint + strings.Join(c.p.Locations, "") + c.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := shortModeValue(s, true); !got.Valid() {
			t.Errorf("shortModeValue(%q) = %q", s, got)
		}
	})
}
