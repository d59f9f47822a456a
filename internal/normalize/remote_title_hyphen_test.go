package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestTitleHyphenatedPlace pins titles whose place note names a place with a
// hyphen in its name, and hyphens that must not make a note.
func TestTitleHyphenatedPlace(t *testing.T) {
	for _, tc := range []struct {
		title, remote, regions string
	}{
		{"Comptable (Remote - Pays-Bas)", "remote", "NL"},
		{"Support Lead - Remote (Rheinland-Pfalz)", "remote", "DE"},
		{"QA Analyst (Remote, États-Unis)", "remote", "US"},
		{"Designer (Hybrid - Île-de-France)", "hybrid", "FR"},
		{"Non-Remote Warehouse Lead", "onsite", ""}, // the hyphen before the word is left alone
	} {
		l := Normalize(&model.Posting{Title: tc.title}, Options{})
		if string(l.Remote) != tc.remote || strings.Join(l.RemoteRegions, ",") != tc.regions {
			t.Errorf("%q: %s %v, want %s %s", tc.title, l.Remote, l.RemoteRegions, tc.remote, tc.regions)
		}
	}
	for _, s := range []string{"Engineer", "Remote Engineer", "Senior-Level Engineer"} {
		if got := titleWhereHyphenated(s); got != "" {
			t.Errorf("titleWhereHyphenated(%q) = %q, want none", s, got)
		}
	}
}
