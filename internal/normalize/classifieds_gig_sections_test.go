package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A gig board's work-mode field that reads "Online" or "Offline"
// (classifieds and their gig sections).
func TestOnlineOfflineHint(t *testing.T) {
	cases := []struct {
		hint string
		want model.Remote
	}{
		{"Online", model.RemoteRemote},
		{"online", model.RemoteRemote},
		{" ONLINE ", model.RemoteRemote},
		{"Offline", model.RemoteOnsite},
		{"offline", model.RemoteOnsite},
	}
	for _, c := range cases {
		if got := ParseRemote(c.hint, []string{"Pune"}, "Help me tidy a spreadsheet of orders.").Remote; got != c.want {
			t.Errorf("hint %q: got %v, want %v", c.hint, got, c.want)
		}
	}
	// "online" in a description stays a plain word, not a field.
	if got := ParseRemote("", []string{"Leeds"}, "Apply online by Friday. Shifts at our warehouse.").Remote; got == model.RemoteRemote {
		t.Errorf("description 'apply online': got remote")
	}
}

// "Part-time <work> job" opening a classified ad.
func TestPartLeadRole(t *testing.T) {
	cases := []struct {
		title, text string
		want        model.JobType
	}{
		{"Bookkeeper", "Part-time bookkeeping job, evenings only. Bring your own laptop.", model.TypePartTime},
		{"Dog walker", "Looking for help. Part-time dog walking gig near the park.", model.TypePartTime},
		{"Cashier", "Part-Time weekend cashier position at a corner shop.", model.TypePartTime},
		{"Tutor", "Part time maths tutoring role for two pupils.", model.TypePartTime},
		// a lower-case "part-time" mid-sentence with words between is not this frame
		{"Barista", "We welcome part-time students to apply for this job.", model.TypeUnknown},
		{"Analyst", "Our part-time staff and full-time staff share one office.", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// A gig paid by the weekend is paid for the whole job, not by the hour.
var weekendGigPayCases = []truthCase{
	{name: "per weekend slash", p: model.Posting{Title: "Pet sitter", PayText: "$150/weekend"}, pay: "150 150 USD project"},
	{name: "per weekend words", p: model.Posting{Title: "Stall helper", PayText: "£90 per weekend"}, pay: "90 90 GBP project"},
	{name: "weekend range", p: model.Posting{Title: "Event crew", PayText: "$180 - $240 a weekend"}, pay: "180 240 USD project"},
	// traps: a week stays a week, an hourly rate on weekends stays hourly
	{name: "trap: per week", p: model.Posting{Title: "Nanny", PayText: "$600/week"}, pay: "600 600 USD week"},
	{name: "trap: hourly at weekends", p: model.Posting{Title: "Server", PayText: "$18/hr weekends"}, pay: "18 18 USD hour"},
}

func TestWeekendGigPayCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range weekendGigPayCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// "Hiring a remote bookkeeper", "A remote dispatcher is needed": the work
// mode as an adjective on the person sought.
func TestRemoteRoleSought(t *testing.T) {
	cases := []struct {
		text string
		want model.Remote
	}{
		{"Small family firm hiring a remote bookkeeper for monthly reconciliations.", model.RemoteRemote},
		{"We are seeking a remote customer care agent, evenings.", model.RemoteRemote},
		{"A remote dispatcher is needed to route our vans across the county.", model.RemoteRemote},
		{"Busy shop. A remote scheduling assistant is wanted for two hours a day.", model.RemoteRemote},
		// traps: a place or a technique, not a work mode
		{"Hiring a remote site supervisor for our mining camp.", model.RemoteUnknown},
		{"Seeking a remote sensing analyst for our lab in town.", model.RemoteUnknown},
		{"A remote office is needed for the new branch.", model.RemoteUnknown},
		{"Driver for a remote area route, must live locally.", model.RemoteUnknown},
	}
	for _, c := range cases {
		got := ParseRemote("", []string{"Dayton, OH"}, c.text).Remote
		if c.want == model.RemoteUnknown {
			if got == model.RemoteRemote {
				t.Errorf("%q: got remote", c.text)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
