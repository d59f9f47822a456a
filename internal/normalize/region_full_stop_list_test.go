package normalize

import (
	"testing"
	"time"
)

// fullStopListCases: a list of places in a location field that ends with a
// full stop keeps its last place; abbreviations with stops stay as read.
var fullStopListCases = []truthCase{
	{name: "three countries, the last before a stop", p: remotePost("Open to people living in Italy, Austria, or Greece."), regions: "IT,AT,GR"},
	{name: "two countries joined by or, then a stop", p: remotePost("Italy, Austria or Greece."), regions: "IT,AT,GR"},
	{name: "trap: one country and a stop", p: remotePost("Vienna, Austria."), regions: "AT"},
	{name: "trap: a capital district written with stops", p: remotePost("Washington, D.C."), regions: "US"},
	{name: "trap: a mexican state written with stops", p: remotePost("Guadalajara, Jal."), regions: "MX"},
}

func TestFullStopList(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range fullStopListCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestFullStopListMore(t *testing.T) {
	if got := fullStopListMore("Italy, Austria, or Greece.", []string{"IT", "AT"}); len(got) != 3 {
		t.Errorf("three countries: got %v", got)
	}
	for _, loc := range []string{"Italy, Austria", "Austria.", "Graz, AT.", "Italy, Austria, or Greece!"} {
		if got := fullStopListMore(loc, []string{"IT", "AT"}); got != nil {
			t.Errorf("fullStopListMore(%q) = %v, want nil", loc, got)
		}
	}
	if got := fullStopListMore("Italy, Austria, or Greece.", []string{"FR"}); got != nil {
		t.Errorf("a reading that drops a region already read must not win: got %v", got)
	}
}
