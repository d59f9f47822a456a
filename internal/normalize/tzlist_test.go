package normalize

import (
	"slices"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestTimezoneAfterPlace: a US time zone after a named place in a list is
// that place's working hours, not the US; a time zone alone still reads
// as the US, and real lists of places keep every place.
func TestTimezoneAfterPlace(t *testing.T) {
	tests := []regionCase{
		{"This role is remote in Canada, EST hours.", []string{"CA"}},
		{"Fully remote in Canada, EST or PST hours.", []string{"CA"}},
		{"Remote in the US, EST hours.", []string{"US"}},
		// Traps: a list of places, and a time zone with no place.
		{"Remote in Canada, Mexico or the US.", []string{"CA", "MX", "US"}},
		{"Remote role, EST hours.", []string{"US"}},
	}
	checkRemoteRegions(t, tests)
}

// TestApplicantsInPlace: "applicants in / from <place>" is a hiring scope;
// applicants from a group, a background or a pool name no place.
func TestApplicantsInPlace(t *testing.T) {
	tests := []regionCase{
		{"Remote. We are only considering applicants in the U.S.", []string{"US"}},
		{"Remote. We welcome applicants from Germany and Austria.", []string{"AT", "DE"}},
		{"Remote. Applicants in any country may apply.", []string{"worldwide"}},
		// Traps.
		{"Remote. Candidates from underrepresented groups are encouraged to apply.", nil},
		{"Remote. Applicants from all backgrounds welcome.", nil},
		{"Remote. Candidates in our talent pool hear first.", nil},
		{"Remote. We accept applicants in all time zones.", nil},
	}
	checkRemoteRegions(t, tests)
}

type regionCase struct {
	text string
	want []string // sorted
}

// checkRemoteRegions normalizes each text as a listing's description and
// compares its remote regions (sorted) with want.
func checkRemoteRegions(t *testing.T, tests []regionCase) {
	t.Helper()
	for _, tt := range tests {
		l := Normalize(&model.Posting{Title: "Data Analyst", DescriptionText: tt.text}, Options{})
		got := slices.Clone(l.RemoteRegions)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: regions %v, want %v", tt.text, l.RemoteRegions, tt.want)
		}
	}
}
