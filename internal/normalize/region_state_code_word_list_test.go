package normalize

import (
	"slices"
	"testing"
)

// TestStateCodeWordList: a list of US state codes joined by "and" or "or"
// is the US, in a location and in a hiring sentence; a single code, a list
// of country codes and codes inside other words are not read as one.
func TestStateCodeWordList(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"CA, NY, TX and WA", []string{"US"}},
		{"NY, TX and WA", []string{"US"}},
		{"CA, NY and TX", []string{"US"}},
		{"AZ, NV or UT", []string{"US"}},
		{"OR and WA", []string{"US"}},
		{"CA & NY and TX", []string{"US"}},
		{"BC, AB, ON", []string{"CA"}}, // Canadian province codes
		{"ON and QC", []string{"CA"}},
		// traps
		{"CA", []string{"CA"}},              // alone: Canada
		{"UK and IE", []string{"GB", "IE"}}, // country codes, no state among them
		{"CA and UK", []string{"CA", "GB"}}, // UK is no state
		{"IT and HR", nil},                  // departments, or Italy and Croatia: no state
	} {
		got := Regions(c.in)
		if c.want == nil {
			if slices.Contains(got, "US") && len(got) == 1 {
				t.Errorf("Regions(%q) = %v, want no US list", c.in, got)
			}
			continue
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Regions(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	// Province codes countries share (the Netherlands, Peru) make no Canada.
	if got := Regions("NL and PE"); slices.Contains(got, "CA") {
		t.Errorf("Regions(%q) = %v, want no CA", "NL and PE", got)
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Remote, but we can only hire in CA, NY, TX and WA.", []string{"US"}},
		{"Remote. Hiring in NY, TX and WA.", []string{"US"}},
		{"Remote, but we can only hire in CA, NY and TX.", []string{"US"}},
	} {
		if got := ParseRemote("", nil, c.text).Regions; !slices.Equal(got, c.want) {
			t.Errorf("ParseRemote(%q).Regions = %v, want %v", c.text, got, c.want)
		}
	}
}
