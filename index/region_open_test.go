package index

import (
	"slices"
	"testing"
)

func TestRegionsOpenToFilter(t *testing.T) {
	for _, tt := range []struct {
		in, want []string
	}{
		{[]string{"worldwide"}, []string{"worldwide"}},
		{[]string{"US"}, []string{"US", "Americas", "worldwide"}},
		// Two regions: each code once, in the order first met.
		{[]string{"US", "CA"}, []string{"US", "Americas", "worldwide", "CA"}},
		{[]string{"EU", "EMEA"}, []string{"EU", "EMEA", "worldwide"}},
		{nil, nil},
	} {
		if got := RegionsOpenTo(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("RegionsOpenTo(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
