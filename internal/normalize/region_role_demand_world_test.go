package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestRoleDemandOverWorld(t *testing.T) {
	cases := []struct {
		name, loc, text, want string
	}{
		{"position demand in zone words beats anywhere", "Remote", "We are a distributed company and you can do great work from anywhere. This position requires a home base inside LATAM time zones.", "LATAM"},
		{"role demand in hours beats the world", "Remote", "Our people work from anywhere in the world. This role requires residence within APAC hours.", "APAC"},
		{"overlap demand beats hiring globally", "Remote", "We hire globally. The position requires overlap with EMEA business hours.", "EMEA"},
		{"trap: demand names no place", "Remote", "We hire globally. This role requires strong written English.", "worldwide"},
		{"trap: demand names the world again", "Remote", "We hire worldwide. The role is open to applicants anywhere in the world, and this role requires a laptop.", "worldwide"},
		{"trap: no worldwide reading to narrow", "Remote - Germany", "This role requires occasional travel to Lisbon.", "DE"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := Normalize(&model.Posting{Title: "Support Specialist", Locations: []string{c.loc}, DescriptionText: c.text}, Options{})
			got := strings.Join(sortedRegions(l.RemoteRegions), ",")
			if got != c.want {
				t.Errorf("regions = %q, want %q", got, c.want)
			}
		})
	}
}
