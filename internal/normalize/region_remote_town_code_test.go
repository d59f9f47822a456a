package normalize

import (
	"slices"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

func TestRemoteTownCodeLoc(t *testing.T) {
	tests := []struct {
		loc  string
		want []string
	}{
		{"Remote - Nagpur, IN", []string{"IN"}},
		{"Remote – Pune, IN", []string{"IN"}},
		{"REMOTE: Perth, WA", []string{"AU"}},
		{"Remote - Tel Aviv, IL", []string{"IL"}},
		// US towns keep their state: the code alone reads them.
		{"Remote - Indianapolis, IN", []string{"US"}},
		{"Remote - Austin, TX", []string{"US"}},
	}
	for _, tt := range tests {
		p := model.Posting{Source: "t", ExternalID: "x", Title: "Data Analyst", Locations: []string{tt.loc}, DescriptionText: "A remote role."}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if l.Remote != model.RemoteRemote || !slices.Equal(l.RemoteRegions, tt.want) {
			t.Errorf("%q: %s %v, want remote %v", tt.loc, l.Remote, l.RemoteRegions, tt.want)
		}
	}
}
