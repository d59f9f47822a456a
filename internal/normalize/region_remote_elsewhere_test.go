package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestRemoteElsewhere pins an office field read beside a sentence letting
// the role be done remotely from named places: other places replace the
// office's, an area holding the office's country widens to the area. A
// remote field, a sentence naming the office's own country, and a sentence
// about someone else or about customers change nothing.
func TestRemoteElsewhere(t *testing.T) {
	for _, c := range []struct {
		name, loc, text, want string
	}{
		{"city office and a country for remote work", "Calgary, AB", "The job can be done remotely by people authorised to work in the United States.", "US"},
		{"office and remotely from anywhere in a country", "Leeds, England", "This post may be performed remotely from anywhere in Ireland.", "IE"},
		{"office and any country of an area", "Lyon, France", "Good news: the role may be remote in any EU country.", "EU"},
		{"office and any location of an area", "Porto, Portugal", "It could be fully remote within any EMEA location.", "EMEA"},
		{"trap: the office's own country", "Calgary, AB", "The job can be done remotely by people authorised to work in Canada.", "CA"},
		{"trap: a remote field says where itself", "Remote - Mexico", "The job can be done remotely by people authorised to work in the United States.", "MX"},
		{"trap: a teammate's habit", "Calgary, AB", "Fully remote role. Our founder works remotely from Spain most winters.", "CA"},
		{"trap: customers served remotely", "Lyon, France", "Our desk helps customers remotely in Japan and Korea.", "FR"},
	} {
		l := Normalize(&model.Posting{Title: "Claims Analyst", Locations: []string{c.loc}, RemoteHint: "Remote", DescriptionText: c.text}, Options{})
		if got := strings.Join(l.RemoteRegions, ","); got != c.want {
			t.Errorf("%s: got %q (%s), want %q", c.name, got, l.Remote, c.want)
		}
	}
}

// TestOfficeSegment pins an office segment beside a remote one in a
// single location entry: its place is an office, not a remote region.
// Without a remote segment, or with the office's place also remote,
// nothing is dropped.
func TestOfficeSegment(t *testing.T) {
	for _, c := range []struct {
		name, loc, want string
	}{
		{"remote country and an office abroad", "Remote Canada, Dublin Office", "CA"},
		{"office first", "Warsaw Office; Remote Germany", "DE"},
		{"headquarters segment", "Remote UK, Boston HQ", "GB"},
		{"trap: no remote segment", "Madrid, Spain, Lisbon Office", ""},
		{"trap: the office's country is remote too", "Remote Ireland, Dublin Office", "IE"},
	} {
		l := Normalize(&model.Posting{Title: "Claims Analyst", Locations: []string{c.loc}}, Options{})
		got := slices.Clone(l.RemoteRegions)
		slices.Sort(got)
		if strings.Join(got, ",") != c.want {
			t.Errorf("%s: got %q (%s), want %q", c.name, got, l.Remote, c.want)
		}
	}
}
