package store

import (
	"context"
	"errors"
	"net/url"
	"reflect"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/store/storetest"
)

func TestWidgetKeys(t *testing.T) { storetest.RunParallel(t, testWidgetKeys) }

func testWidgetKeys(t *testing.T, be storetest.Backend) {
	s, now := mustOpen(t, be)
	ctx := context.Background()
	exp := now.Add(24 * time.Hour)
	k := &WidgetKey{ID: "aaaaaaaaaaaaaaaaaaaaaaaa", Name: "State U", Origins: []string{"https://careers.example.edu"},
		Presets: url.Values{"paid": {"true"}, "type": {"project", "internship"}}, ExpiresAt: &exp}
	if err := s.CreateWidgetKey(ctx, k); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateWidgetKey(ctx, &WidgetKey{ID: k.ID, Name: "again"}); !errors.Is(err, ErrExists) {
		t.Errorf("second create with the same id: %v, want ErrExists", err)
	}
	got, err := s.WidgetKey(ctx, k.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "State U" || !reflect.DeepEqual(got.Origins, k.Origins) || !reflect.DeepEqual(got.Presets, k.Presets) ||
		!got.ExpiresAt.Equal(exp) || got.RevokedAt != nil || !got.CreatedAt.Equal(*now) {
		t.Errorf("read back %+v", got)
	}
	if _, err := s.WidgetKey(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown key: %v", err)
	}
	if _, err := s.RevokeWidgetKey(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("revoke unknown key: %v", err)
	}
	r, err := s.RevokeWidgetKey(ctx, k.ID)
	if err != nil || r.RevokedAt == nil || !r.RevokedAt.Equal(*now) {
		t.Fatalf("revoke: %+v %v", r, err)
	}
	*now = now.Add(time.Hour)
	if r, _ = s.RevokeWidgetKey(ctx, k.ID); !r.RevokedAt.Equal(now.Add(-time.Hour)) {
		t.Errorf("a second revoke moved the time to %v", r.RevokedAt)
	}
	list, err := s.WidgetKeys(ctx)
	if err != nil || len(list) != 1 || list[0].ID != k.ID {
		t.Errorf("list: %+v %v", list, err)
	}
}

func TestWidgetDaily(t *testing.T) { storetest.RunParallel(t, testWidgetDaily) }

func testWidgetDaily(t *testing.T, be storetest.Backend) {
	s, _ := mustOpen(t, be)
	ctx := context.Background()
	if err := s.CreateWidgetKey(ctx, &WidgetKey{ID: "k1", Name: "one"}); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateWidgetKey(ctx, &WidgetKey{ID: "k2", Name: "two"}); err != nil {
		t.Fatal(err)
	}
	d1 := time.Date(2026, 11, 1, 23, 59, 0, 0, time.UTC)
	d3 := time.Date(2026, 11, 3, 0, 1, 0, 0, time.FixedZone("UTC-5", -5*3600)) // 05:01 UTC on the 3rd
	for _, at := range []time.Time{d1, d1, d3} {
		if err := s.RecordWidgetSearch(ctx, "k1", at); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RecordWidgetClick(ctx, "k1", d3); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordWidgetSearch(ctx, "k2", d1); err != nil { // another key's counts stay apart
		t.Fatal(err)
	}
	got, err := s.WidgetDaily(ctx, "k1", d1.Add(-24*time.Hour), d3)
	if err != nil {
		t.Fatal(err)
	}
	want := []WidgetDay{{"2026-10-31", 0, 0}, {"2026-11-01", 2, 0}, {"2026-11-02", 0, 0}, {"2026-11-03", 1, 1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("daily = %+v, want %+v", got, want)
	}
	if got, _ := s.WidgetDaily(ctx, "k1", d3, d1); len(got) != 0 {
		t.Errorf("from after to: %+v", got)
	}
}
