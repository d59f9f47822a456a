package normalize

import "testing"

// TestZoneScopeWords: a European zone alone in a location is the EU as a
// US zone is the US; zone words and spans of hours in a description name
// the zone's area; "work from" a place, "no geographic restrictions" and
// "Remote - anywhere in the world" are scopes.
func TestZoneScopeWords(t *testing.T) {
	checkLocRegions(t, []locRegionCase{
		{loc: "Remote (CET ± 3h)", want: []string{"EU"}},
		{loc: "Remote - EET", want: []string{"EU"}},
		{loc: "Remote, Central European Time", want: []string{"EU"}},
		{loc: "Remote (European timezones)", want: []string{"EU"}},
		{loc: "Remote within US time zones", want: []string{"US"}},
		{loc: "Remote, any time zone", want: []string{"worldwide"}},
		{loc: "Remote - NORAM", want: []string{"CA", "US"}},
		{loc: "Remote (IST)", want: []string{"IN"}},
		{loc: "Remote - AEST", want: []string{"AU"}},
		{text: "Expect some overlap with JST mornings.", want: []string{"JP"}},
		{text: "You will keep SGT business hours.", want: []string{"SG"}},
		{text: "Please be within 2 hours of CEST.", want: []string{"EU"}},
		{text: "You should work within 3 hrs of PST.", want: []string{"US"}},
		{text: "Our hours follow US Pacific time.", want: []string{"US"}},
		{text: "The team keeps Eastern Time business hours.", want: []string{"US"}},
		{text: "There are no geographical restrictions for this role.", want: []string{"worldwide"}},
		{text: "We are a location-independent team.", want: []string{"worldwide"}},
		{text: "Remote - worldwide. Async first.", want: []string{"worldwide"}},
		{text: "This opening is open to Kenyans.", want: []string{"KE"}},
		{text: "The role is open to Europeans.", want: []string{"EU"}},
		// Traps: a zone beside a place leaves the place, Asia-Pacific is
		// no US zone, Central European time is not US Central time, pay
		// that does not depend on location is no scope, and a band of
		// offsets across continents names no region.
		{loc: "Remote - Brazil (CET overlap)", want: []string{"BR"}},
		{loc: "Remote - Canada (IST overlap)", want: []string{"CA"}},
		{text: "The weekly sync is at 16:00 IST.", want: nil},
		{loc: "Remote - Portugal", text: "Core hours within 2 hours of CET.", want: []string{"PT"}},
		{text: "We cover Asia-Pacific time zones from Singapore hubs.", want: nil},
		{text: "Stand-ups happen at 9:00 Central European time.", want: nil},
		{text: "We offer location-independent pay bands.", want: nil},
		{text: "We are open to suggestions and new tools.", want: nil},
		{text: "Candidates should be between UTC-3 and UTC+3.", want: nil},
	})
}
