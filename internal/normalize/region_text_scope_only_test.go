package normalize

import (
	"reflect"
	"testing"
)

// TestEndonymPlaces pins regions_endonyms.go: a country in its own
// language, or a Czech or Slovak town, as a location's place. Traps: an
// English word that is also a place's name elsewhere stays no place.
func TestEndonymPlaces(t *testing.T) {
	for _, c := range []struct {
		loc  string
		want []string
	}{
		{"110 00 Praha 1, Česká republika", []string{"CZ"}},
		{"Žilina, Slovensko", []string{"SK"}},
		{"Ostrava-Poruba", []string{"CZ"}},
		{"Split, Hrvatska", []string{"HR"}},
		{"Cluj-Napoca, România", []string{"RO"}},
		{"Пловдив, България", []string{"BG"}},
		{"Tartu, Eesti", []string{"EE"}},
		{"Bellinzona, Svizzera", []string{"CH"}},
		{"Long Island, NY", []string{"US"}}, // trap: "island" is no country
	} {
		if got := Regions(c.loc); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Regions(%q) = %v, want %v", c.loc, got, c.want)
		}
	}
}

// TestScopeOnlyRegions pins region_text_scope_only.go: a scope clause
// ending in "only" names the places work may be done from. Traps: the
// clause is about customers, shipping, benefits or a language.
func TestScopeOnlyRegions(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"We are a distributed team. Remote (EU) only.", []string{"EU"}},
		{"Fully remote, Canada only!", []string{"CA"}},
		{"This position is open to applicants based in Germany or Austria only.", []string{"DE", "AT"}},
		{"Hiring: UK-only", []string{"GB"}},
		{"Our clients are in the US only.", nil},          // trap: customers
		{"We deliver to the EU only.", nil},               // trap: shipping
		{"Health cover for US staff only.", nil},          // trap: a benefit
		{"Written communication in English only.", nil},   // trap: a language
		{"US only: stock options and a 401k match.", nil}, // trap: a list of other things
		{"Remote only.", nil},                             // trap: no place
	} {
		if got := scopeOnlyRegions(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("scopeOnlyRegions(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func FuzzScopeOnlyRegions(f *testing.F) {
	for _, s := range []string{"Remote (US) only.", "US-only", "only", "x only.", ". only", "U.S. only"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = scopeOnlyRegions(s)
		_ = Regions(s)
	})
}
