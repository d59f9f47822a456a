package store

import (
	"context"
	"maps"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

func TestSourceCompanies(t *testing.T) { storetest.RunParallel(t, testSourceCompanies) }

func testSourceCompanies(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, _ := mustOpen(t, be)
	mk := func(src, ext, company string) *model.Listing {
		l := listing(src, ext, "Job "+ext)
		l.Company = company
		return l
	}
	ls := []*model.Listing{
		mk("honeycomb", "1", "Honeycomb"), mk("honeycomb", "2", "Honeycomb"), mk("honeycomb", "3", "Honeycomb Labs"),
		mk("remotive", "4", "Beta"), mk("remotive", "5", "Alpha"), // a tie: the first name alphabetically
		mk("anon", "6", ""),
		mk("gone", "7", "Gone Inc"),
	}
	if _, err := s.Upsert(ctx, ls); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CloseMissing(ctx, "gone", map[string]struct{}{}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	got, err := s.SourceCompanies(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"honeycomb": "Honeycomb", "remotive": "Alpha"}
	if !maps.Equal(got, want) {
		t.Errorf("SourceCompanies = %v, want %v (no entry for a source without company names or only closed listings)", got, want)
	}
}
