package normalize

import (
	"testing"
	"time"
)

// codeListCases: lists of country codes in a remote location, beside the
// state codes that keep their US reading.
var codeListCases = []truthCase{
	{name: "slash list with a state-shaped code", p: remotePost("Remote (US/UK/CA)"), regions: "US,GB,CA"},
	{name: "dach codes", p: remotePost("DE/AT/CH"), regions: "DE,AT,CH"},
	{name: "comma list of three", p: remotePost("Remote: US, CA, MX"), regions: "US,CA,MX"},
	{name: "comma list ending in a state-shaped code", p: remotePost("Remote - US, UK, DE"), regions: "US,GB,DE"},
	{name: "us and canada by slash", p: remotePost("Remote - US/CA"), regions: "US,CA"},
	{name: "pipe between codes", p: remotePost("UK | IE"), regions: "GB,IE"},
	{name: "ampersand between codes", p: remotePost("Hybrid or remote, NL & BE"), regions: "NL,BE"},
	{name: "plus between codes", p: remotePost("Remote: ES + PT"), regions: "ES,PT"},
	{name: "india among codes", p: remotePost("Remote (USA/IN)"), regions: "US,IN"},
	{name: "states joined by slashes", p: remotePost("Remote (CA/WA/OR)"), regions: "US"},
	{name: "lower-case list", p: remotePost("us/uk/ca/de"), regions: "US,GB,CA,DE"},
	{name: "lower-case us beside a country", p: remotePost("us/canada"), regions: "US,CA"},
	{name: "lower-case us after or", p: remotePost("canada or us"), regions: "CA,US"},
	// Traps.
	{name: "trap: one state code after remote", p: remotePost("Remote, DE"), regions: "US"},
	{name: "trap: us then a state by comma", p: remotePost("Remote - US, CA"), regions: "US"},
	{name: "trap: town, state and country", p: remotePost("San Francisco, CA, US"), regions: "US"},
	{name: "trap: comma list of states", p: remotePost("Remote - CA, WA, OR"), regions: "US"},
	{name: "trap: two towns with states", p: remotePost("San Francisco, CA / New York, NY"), regions: "US"},
	{name: "trap: town and country code pairs", p: remotePost("Espoo, FI | Berlin, DE"), regions: "FI,DE"},
	{name: "trap: a town's land and country codes", p: remotePost("Berlin, BE, DE, 10115"), regions: "DE"},
	{name: "trap: a postcode after the country code", p: remotePost("London, ENG, GB, EC2"), regions: "GB"},
	{name: "trap: lower-case words", p: remotePost("ciudad de mexico"), regions: "MX"},
}

func TestCodeLists(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range codeListCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestCodeListLoc: the rewrite alone.
func TestCodeListLoc(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"US/UK/CA remote", "United States/United Kingdom/canada remote"},
		{"DE / AT / CH", "germany / austria / switzerland"},
		{"CA/WA/OR", "United States/United States/United States"},
		{"us or canada", "US or canada"},
		// Left as they are.
		{"Remote - US, CA", "Remote - US, CA"},
		{"Remote, DE", "Remote, DE"},
		{"Austin, TX", "Austin, TX"},
		{"CA/DE", "CA/DE"},
		{"in/de", "in/de"},
		{"Remote (US)", "Remote (US)"},
		{"HR/IT", "HR/IT"}, {"QA/QC", "QA/QC"},
		{"Work from home, IN or US", "Work from home, india or United States"},
	} {
		if got := codeListLoc(c.loc); got != c.want {
			t.Errorf("codeListLoc(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
}
