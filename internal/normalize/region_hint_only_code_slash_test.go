package normalize

import (
	"slices"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestRegionHintPlaceOnly(t *testing.T) {
	cases := []struct {
		hint string
		want []string
	}{
		{"Mexico only", []string{"MX"}},
		{"Germany residents only", []string{"DE"}},
		{"UK-only applicants", []string{"GB"}},
		{"Brazil only candidates", []string{"BR"}},
		{"Australia citizens only", []string{"AU"}},
		{"USA only", []string{"US"}},
		{"Full time only", nil},
		{"Weekdays only", nil},
		{"only", nil},
		{"Remote", nil},
		{"Mexico", nil},
	}
	for _, c := range cases {
		if got := hintPlaceOnly(c.hint); !slices.Equal(got, c.want) {
			t.Errorf("hintPlaceOnly(%q) = %v, want %v", c.hint, got, c.want)
		}
	}
}

func TestRegionHintPlaceOnlyListing(t *testing.T) {
	cases := []struct {
		hint string
		mode model.Remote
		want []string
	}{
		{"Portugal residents only", model.RemoteRemote, []string{"PT"}},
		{"Japan-only candidates", model.RemoteRemote, []string{"JP"}},
	}
	for _, c := range cases {
		l := Normalize(&model.Posting{Title: "Support Agent", RemoteHint: c.hint}, Options{})
		if l.Remote != c.mode || !slices.Equal(l.RemoteRegions, c.want) {
			t.Errorf("hint %q: got %v %v, want %v %v", c.hint, l.Remote, l.RemoteRegions, c.mode, c.want)
		}
	}
}

func TestRegionCodeSlash(t *testing.T) {
	cases := []struct {
		rest string
		want []string
	}{
		{"US/Can", []string{"US", "CA"}},
		{"Aus/Nzl", []string{"AU", "NZ"}},
		{"Irl/UK", []string{"IE", "GB"}},
		{"US", nil},
		{"US/Canada", nil}, // a name, read by wholeRegion before this
		{"US/xyz", nil},
		{"or/and", nil},
	}
	for _, c := range cases {
		if got := codeSlashRegions(c.rest); !slices.Equal(got, c.want) {
			t.Errorf("codeSlashRegions(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
	if got := remoteSegmentPlaces("Remote (Aus/Nzl)"); !slices.Equal(got, []string{"AU", "NZ"}) {
		t.Errorf("remoteSegmentPlaces = %v", got)
	}
}
