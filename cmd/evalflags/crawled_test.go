package main

import (
	"testing"

	"github.com/gigscout/gigscout/internal/redflag"
)

// TestCrawledFalseAlarms holds the scam rules to the legitimate side's
// limit on real crawled listings: the shared board payloads are all real
// employers, so at most 2 % of them may carry a high scam flag.
func TestCrawledFalseAlarms(t *testing.T) {
	m, ok, err := scoreCrawled(sharedTestDir, redflag.New(redflag.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		t.Skip("shared fixtures (../shared/fixtures) not available; skipping")
	}
	if m.Listings < 100 {
		t.Errorf("read only %d listings from the fixtures; unreadable: %v", m.Listings, m.Unreadable)
	}
	if m.Rate > 0.02 {
		t.Errorf("%d of %d crawled listings (%.1f%%) carry a high scam flag, more than 2%%: %v", m.HighScam, m.Listings, 100*m.Rate, m.Alarms)
	}
	t.Logf("%d of %d crawled listings with a high scam flag: %v", m.HighScam, m.Listings, m.Alarms)
}
