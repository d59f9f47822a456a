package normalize

import "testing"

// A remote office limited to unnamed states is the United States; states
// of a named country keep that country.
func TestRemoteEligibleStatesLocation(t *testing.T) {
	runLocModeCases(t, []locModeCase{
		{"Remote (Eligible States)", "", "remote", "US"},
		{"Remote - Approved States", "", "remote", "US"},
		{"Remote, Select US States", "", "remote", "US"},
		{"Remote (Hiring States)", "", "remote", "US"},
		// traps
		{"Remote - eligible Australian states", "", "remote", ""},
		{"Remote (Gulf States)", "", "remote", "MENA"},
		{"Remote", "", "remote", ""},
	})
}
