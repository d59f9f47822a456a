package normalize

import "testing"

// "Work at Home" as a location (call-centre and Workday requisitions) is
// remote work; the country beside it is its region.
func TestWorkAtHomeLocation(t *testing.T) {
	runLocModeCases(t, []locModeCase{
		{"Work At Home-USA", "", "remote", "US"},
		{"Work at Home - United States", "", "remote", "US"},
		{"Work-at-Home, Canada", "", "remote", "CA"},
		{"Work at home", "", "remote", ""},
		// traps
		{"Home Depot - Atlanta, GA", "", "unknown", ""},
		{"Homestead, FL", "", "unknown", ""},
	})
}
