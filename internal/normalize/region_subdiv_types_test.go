package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestSubdivKindWords pins states written with their kind word
// (kraj, megye, oblast, okrug, judeţ, Región de, County), the short and
// transliterated names the ISO table lacks, the older Spanish province
// names, and the places left alone.
func TestSubdivKindWords(t *testing.T) {
	for _, tc := range []struct {
		loc, hint, regions string
	}{
		{"Remote - Královéhradecký kraj", "", "CZ"},
		{"Liberecký kraj", "remote", "CZ"},
		{"Remote - Vysočina", "", "CZ"},
		{"Remote - Trnavský kraj", "", "SK"},
		{"Remote - Nitranský kraj", "", "SK"}, // the Czech spelling of a Slovak kraj
		{"Remote - Tolna megye", "", "HU"},
		{"Remote - Gödöllő, Pest", "", "HU"},
		{"Remote - Sumska oblast", "", "UA"},
		{"Remote - Vinnytsia", "", "UA"},
		{"Remote - Zaporizhzhia", "", "UA"},
		{"Remote - jud. Cluj", "", "RO"},
		{"Remote - Sebeș, jud. Alba", "", "RO"}, // Alba is also an Italian town
		{"Remote - Judetul Brasov", "", "RO"},
		{"Remote - Pčinjski okrug", "", "RS"},
		{"Remote - Vranje, Pčinjski okrug", "", "RS"},
		{"Remote - KNIN, ŠIBENSKO-KNINSKA", "", "HR"},
		{"Remote - Šiauliai County", "", "LT"},
		{"Remoto - Región de Coquimbo", "", "CL"},
		{"Remoto - Temuco, Región de La Araucanía", "", "CL"},
		{"Remoto - Neiva, Huila", "", "CO"},
		{"Remoto - Departamento de Huila", "", "CO"},
		{"Remoto - Región Áncash", "", "PE"},
		{"Remoto - Rio Branco, Acre", "", "BR"},
		{"Remoto - Lérida", "", "ES"},
		{"Remoto - GERONA", "", "ES"},
		// Left alone.
		{"Jihomoravský kraj", "", ""},          // no remote word: on site
		{"Remote - Essex County", "", ""},      // "County" is read through only for the countries of this file
		{"Remote - Orange County", "", "US"},   // nor American ones
		{"Remote, DE", "", "US"},               // pinned: Delaware
		{"Remote - Baton Rouge, LA", "", "US"}, // pinned: Louisiana
	} {
		l := Normalize(&model.Posting{Title: "Analyst", Locations: []string{tc.loc}, RemoteHint: tc.hint}, Options{})
		if got := strings.Join(l.RemoteRegions, ","); got != tc.regions {
			t.Errorf("%q (hint %q): regions %q, want %q", tc.loc, tc.hint, got, tc.regions)
		}
	}
}

// TestSubdivStripKind pins the kind-word stripper.
func TestSubdivStripKind(t *testing.T) {
	for _, tc := range []struct {
		in, out string
		cut     bool
	}{
		{"Olomoucký kraj", "Olomoucký", true},
		{"Región de Los Lagos", "Los Lagos", true},
		{"Departamento del Meta", "Meta", true},
		{"jud. Dolj", "Dolj", true},
		{"Kraj Vysočina", "Vysočina", true},
		{"Kraków", "Kraków", false},
		{"kraj", "kraj", false}, // a kind word alone stays
	} {
		got, cut := subdivStripKind(strings.Fields(tc.in))
		if strings.Join(got, " ") != tc.out || cut != tc.cut {
			t.Errorf("subdivStripKind(%q) = %q %v, want %q %v", tc.in, strings.Join(got, " "), cut, tc.out, tc.cut)
		}
	}
}
