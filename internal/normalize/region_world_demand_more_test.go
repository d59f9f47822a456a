package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestWorldDemandMore(t *testing.T) {
	cases := []struct {
		name, loc, text, want string
	}{
		{"residency demand beats a global hiring line", "Remote", "Our people are spread around the globe and we hire globally. Canadian residency is required for this opening.", "CA"},
		{"must hold residency beats a global hiring line", "Remote", "We hire globally. Applicants must have Irish residency.", "IE"},
		{"place joined to based beats a worldwide field", "Remote - Worldwide", "To be considered you need to be Ireland based.", "IE"},
		{"place joined to based with no other region", "Remote", "Applicants need to be Portugal-based for payroll reasons.", "PT"},
		{"citizenship or residency only", "Remote", "Swiss citizenship or permanent residency only, please.", "CH"},
		{"only applicants within a country", "Remote", "Only applicants within Mexico will be reviewed.", "MX"},
		{"denied citizenship leaves the global line", "Remote", "We hire globally. No German citizenship required.", "worldwide"},
		{"denied need to be a citizen names nothing", "Remote", "You will not need to be a Danish citizen for this post.", ""},
		{"denied work authorization names nothing", "Remote", "Authorization to work in Canada is not required.", ""},
		{"trap: a plus is no demand", "Remote", "We hire globally. Dutch residency is a plus.", "worldwide"},
		{"trap: a company based in a country", "Remote", "We hire globally. Our headquarters are Berlin-based.", "worldwide"},
		{"trap: remote-based names no place", "Remote", "Applicants must be remote-based and comfortable with async work.", ""},
		{"trap: denial of one place keeps another demand", "Remote", "No French citizenship required. Candidates must reside in Belgium.", "BE"},
		{"trap: a hybrid listing is left alone", "Hybrid - Madrid", "Only applicants within Spain will be reviewed.", "ES"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := Normalize(&model.Posting{Title: "Account Manager", Locations: []string{c.loc}, RemoteHint: "Remote", DescriptionText: c.text}, Options{})
			if strings.HasPrefix(c.loc, "Hybrid") {
				l = Normalize(&model.Posting{Title: "Account Manager", Locations: []string{c.loc}, DescriptionText: c.text}, Options{})
				if l.Remote == model.RemoteRemote {
					t.Fatalf("mode = %s, want not remote", l.Remote)
				}
				return
			}
			got := strings.Join(sortedRegions(l.RemoteRegions), ",")
			if got != c.want {
				t.Errorf("regions = %q, want %q (%s)", got, c.want, l.RemoteEvidence)
			}
		})
	}
}
