package normalize

import (
	"slices"
	"strings"
	"testing"
)

// TestOfficeMonthFind checks officeMonthFind, which tries officeMonthly
// anchored at its requirement words, against the plain search of each
// window: requirement words at the window's start, after a letter or a
// digit, in capitals, "will require" (its match starts before "requir"),
// a long s, and windows with more than one requirement word.
func TestOfficeMonthFind(t *testing.T) {
	segs := []string{
		"Staff will require 2 days a month in the Leeds office.",
		"WILL REQUIRE three days per month on site",
		"required: 4 days each month at the depot",
		"Our team needs to meet 2x a month in person",
		"Needs to be onsite twice a month; must also travel.",
		"xmust 3 days a month at the office",
		"9must 3 days a month at the office",
		"_must 3 days a month at the office",
		"-must 3 days a month at the office",
		"é must 3 days a month at the office",
		"muſt visit 3 days a month at the office",
		"You muſt come in 2 days per month",
		"Mandatory: two full days per month; obligatory training twice a month",
		"We expected to see you, and you are expected to attend 4 times a month",
		"Obligatory presence 5 days / month",
		"must must must 2 days a month",
		"You need a laptop. Attendance is required. Come 3 days per month to the office.",
		"requirement: 2 days a month",
		"Must. 2 days a month",
		"required to work from the office 2-4 days a month",
		"no requirement words at all, 3 days a month",
		"",
		"must",
	}
	long := strings.Repeat("Must be friendly and required to be on time; ", 3) + "in the office 2 days a month"
	segs = append(segs, long, strings.ToUpper(long))
	for _, seg := range segs {
		want := officeMonthly.plain().FindStringIndex(seg)
		if got := officeMonthFind(seg); !slices.Equal(got, want) {
			t.Errorf("officeMonthFind(%q) = %v, the plain search %v", seg, got, want)
		}
	}
	for _, tx := range thinTexts(keyTexts(t), 16) {
		for _, w := range officeMonthly.windows(tx) {
			seg := tx[w[0]:w[1]]
			if got, want := officeMonthFind(seg), officeMonthly.plain().FindStringIndex(seg); !slices.Equal(got, want) {
				t.Errorf("officeMonthFind(%q) = %v, the plain search %v", seg, got, want)
			}
		}
	}
}
