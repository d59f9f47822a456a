package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// estonianHungarianTerms: Estonian and Hungarian type fields and English
// side work (type_terms_world.go), written for this project, with the
// traps they must leave alone.
var estonianHungarianTerms = []struct{ field, want string }{
	// Estonian, with and without its letters' marks.
	{"Täistööaeg, tähtajatu", "full_time"}, {"Taistooaeg", "full_time"}, {"Täiskohaga töö", "full_time"},
	{"Palgatöötaja (täiskoht)", "full_time"}, {"Osaline tööaeg, õhtuti", "part_time"}, {"Osalise tööajaga", "part_time"},
	{"Praktikakoht 3 kuud", "internship"}, {"Praktikant", "internship"}, {"Tähtajaline, 6 kuud", "contract"},
	{"Ajutine töö suveks", "contract"}, {"Töövõtulepinguga", "contract"}, {"Käsundusleping", "contract"},
	{"Vabakutseline / projektipõhine", "contract"}, {"Lepinguline", "contract"}, {"Hooajatöö", "contract"},
	{"Vabatahtlik", "volunteer"},
	// Hungarian.
	{"Szakmai gyakorlat", "internship"}, {"Gyakorlati hely", "internship"},
	// English side work, the whole field part.
	{"Side job", "part_time"}, {"SIDE GIG", "part_time"}, {"Side hustle, remote", "part_time"},
	// Traps.
	{"Inside sales", "unknown"},                    // not "side"
	{"Sidekick", "unknown"},                        // not "side"
	{"Legalább 3 év szakmai gyakorlat", "unknown"}, // years of experience, not an internship
	{"Lepinguliste suhete jurist", "unknown"},      // a lawyer, not "lepinguline"
}

func TestEstonianHungarianTerms(t *testing.T) {
	for _, c := range estonianHungarianTerms {
		if got := ParseType(c.field, "Engineer", ""); string(got) != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.field, got, c.want)
		}
	}
}

// estonianListings: the field among the other readers of a listing.
var estonianListings = []truthCase{
	{name: "an intern title beats a full-time field", p: model.Posting{Title: "Praktikant, andmeanalüüs", EmploymentType: "Täistööaeg"}, jobType: "internship"},
	{name: "experience in the text is no internship", p: model.Posting{Title: "Fejlesztő", DescriptionText: "Elvárás: 2 év szakmai gyakorlat."}, jobType: "unknown"},
}

func TestEstonianListings(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range estonianListings {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
