package normalize

import "testing"

// A remote location of the remote word and a Canadian province code only
// is in Canada, as one with a US state code is in the United States.
func TestRemoteProvinceCodeLocation(t *testing.T) {
	runLocModeCases(t, []locModeCase{
		{"Remote - ON", "", "remote", "CA"},
		{"Remote - BC", "", "remote", "CA"},
		{"Remote (QC)", "", "remote", "CA"},
		{"AB - Remote", "", "remote", "CA"},
		{"Remote – NS", "", "remote", "CA"},
		// traps: codes that are also countries, and US states
		{"Remote - SK", "", "remote", "SK"},
		{"Remote - PE", "", "remote", "PE"},
		{"Remote - NL", "", "remote", "NL"},
		{"Remote - TX", "", "remote", "US"},
		{"Remote - CA", "", "remote", "CA"},
	})
}
