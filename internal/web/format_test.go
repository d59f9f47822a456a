package web

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestFormat(t *testing.T) {
	tests := []struct{ got, want string }{
		{whereText(&model.Listing{Remote: model.RemoteHybrid, Locations: []string{"Hybrid - Oakland, CA"}}), "Hybrid - Oakland, CA"},
		{whereText(&model.Listing{Remote: model.RemoteHybrid, Locations: []string{"Berlin"}}), "Hybrid: Berlin"},
		{whereText(&model.Listing{Remote: model.RemoteOnsite, Locations: []string{"Onsite, Austin"}}), "Onsite, Austin"},
		{whereText(&model.Listing{Remote: model.RemoteRemote, RemoteRegions: []string{"worldwide", "EU"}}), "Remote (Worldwide, Europe)"},
		{whereText(&model.Listing{Remote: model.RemoteUnknown}), "Location not stated"},
		{payText(&model.Listing{Unpaid: true}), "Unpaid"},
		{payText(&model.Listing{}), "Pay not stated"},
		{hoursText(&model.Range{Min: 10, Max: 15}), "10–15 hours in total"},
		{hoursText(&model.Range{Max: 7.5}), "7.5 hours in total"},
		{hoursText(nil), ""},
		{durationText(&model.Range{Min: 14, Max: 42}), "2–6 weeks"},
		{durationText(&model.Range{Min: 10, Max: 10}), "10 days"},
		{typeText(model.TypeMicroInternship), "Micro-internship"},
		{flagLabel("SCAM_UPFRONT_FEE"), "Asks you to pay"},
		{flagLabel("NEW_RULE"), "new rule"},
		{facetLabel("remote", "onsite"), "On-site"},
		{sevText(model.SeverityHigh), "High"},
		{countText(1, "listing", "listings"), "1 listing"},
		{countText(0, "listing", "listings"), "0 listings"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}
