package normalize

import "testing"

// A town, an empty region and a two-letter code (SmartRecruiters) end in
// the country, also when the code is a province or state elsewhere (ES,
// NL); a German "Homeoffice" after a comma or dash names the work mode.
func TestATSEmptyRegionAndHomeofficeTail(t *testing.T) {
	runLocModeCases(t, []locModeCase{
		{"Remote, , ES", "", "remote", "ES"},
		{"Remote, , NL", "", "remote", "NL"},
		{"Remote, , PE", "", "remote", "PE"},
		{"Amsterdam, , NL", "Remote", "remote", "NL"},
		{"Madrid, , ES", "Remote", "remote", "ES"},
		{"Hamburg, Homeoffice", "", "remote", "DE"},
		{"Köln - Homeoffice", "", "remote", "DE"},
		{"Wien / Homeoffice", "", "remote", "AT"},
		// traps
		{"Remote, , DE", "", "remote", "DE"},
		{"Remote, , CA", "", "remote", "CA"},
		{"Toronto, , ON", "Remote", "remote", "CA"},
		{"Halifax, , NS", "Remote", "remote", "CA"},
		{"Vitória, ES, BR", "Remote", "remote", "BR"},
		{"Dallas, TX - Home Office", "", "unknown", ""},
		{"Hamburg, teilweise Homeoffice", "", "hybrid", "DE"},
	})
}
