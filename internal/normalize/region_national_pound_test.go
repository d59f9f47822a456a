package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Country-wide place words in UK public-sector ads (region_national_pound.go).
// Every string is our own.
func TestNationalPound(t *testing.T) {
	checkPlaceModeCases(t, "Caseworker", []placeModeCase{
		{"starred national hybrid", "", []string{"National*"}, "Pay: £41,000 to £46,000.\n*Our staff split the week between home and one of our hubs, so this is a hybrid post.", model.RemoteHybrid, "GB"},
		{"nationwide remote hint", "remote", []string{"Nationwide"}, "Band 5 caseworker, £29,500 a year.", model.RemoteRemote, "GB"},
		{"national with no pound stays unread", "hybrid", []string{"National"}, "Salary on request. Two days a week in the office.", model.RemoteHybrid, ""},
		{"national in dollars stays unread", "hybrid", []string{"National"}, "Pay $70,000. Two days a week in the office.", model.RemoteHybrid, ""},
		{"a named place beside national is not read here", "hybrid", []string{"National", "Leeds"}, "£35,000, hybrid.", model.RemoteHybrid, "GB"},
		{"onsite national stays none", "onsite", []string{"National*"}, "£30,000. Based at any of our sites.", model.RemoteOnsite, ""},
	})
}

func TestNationalPlaceWord(t *testing.T) {
	for s, want := range map[string]bool{"National*": true, " nationwide ": true, "Nationally.": true, "National Harbor, MD": false, "Remote": false, "": false} {
		if got := nationalPlaceWord(s); got != want {
			t.Errorf("nationalPlaceWord(%q) = %v, want %v", s, got, want)
		}
	}
}
