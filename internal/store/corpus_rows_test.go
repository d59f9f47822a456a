package store

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// BenchmarkCorpusRows: reading the open listings' corpus rows, which every
// cross-listing recompute does before it compares anything (20,000
// listings with 1,500-character texts and profiles).
func BenchmarkCorpusRows(b *testing.B) {
	ctx := context.Background()
	s, _ := MustOpen(b)
	text := strings.Repeat("Answer buyers and update the order sheet. ", 36)
	var batch []*model.Listing
	for i := range 20000 {
		l := listing("s"+strconv.Itoa(i%7), strconv.Itoa(i), "Assistant")
		l.Text, l.Company, l.CompanyInfo = text+strconv.Itoa(i), "Company "+strconv.Itoa(i%900), text
		l.TextSimHash = uint64(i)*0x9E3779B97F4A7C15 | 1
		batch = append(batch, l)
		if len(batch) == 500 {
			if _, err := s.Upsert(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = nil
		}
	}
	b.ResetTimer()
	for b.Loop() {
		rows, err := s.CorpusRows(ctx)
		if err != nil || len(rows) != 20000 {
			b.Fatalf("%d rows, %v", len(rows), err)
		}
	}
}

// TestCorpusRows: the fields come from the listing's data (absent ones
// empty), the text length in characters, closed listings left out.
func TestCorpusRows(t *testing.T) { storetest.RunParallel(t, testCorpusRows) }

func testCorpusRows(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, now := mustOpen(t, be)
	a, b := listing("gh", "1", "Analyst"), listing("gh", "2", "Écrivain")
	a.Text, a.Company, a.CompanyInfo, a.CompanyURL, a.ApplyURL = "héllo wörld", "Acme", "We build maps.", "https://acme.test", "https://acme.test/apply"
	a.TextSimHash = 1 << 63
	if _, err := s.Upsert(ctx, []*model.Listing{a, b}); err != nil {
		t.Fatal(err)
	}
	rows, err := s.CorpusRows(ctx)
	if err != nil || len(rows) != 2 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	want := CorpusRow{ID: a.ID, Source: "gh", URL: a.URL, Title: "Analyst", Company: "Acme", CompanyInfo: "We build maps.",
		CompanyURL: "https://acme.test", ApplyURL: "https://acme.test/apply", TextSimHash: 1 << 63, TextLen: 11, Lead: "héllo wörld"}
	if rows[0].ID != a.ID { // one first_seen: by id
		rows[0], rows[1] = rows[1], rows[0]
	}
	if rows[0] != want {
		t.Errorf("row %+v\nwant %+v", rows[0], want)
	}
	if r := rows[1]; r.ID != b.ID || r.Title != "Écrivain" || r.Company != "" || r.TextLen != 0 {
		t.Errorf("row %+v", r)
	}
	*now = now.Add(time.Hour)
	if _, err := s.CloseMissing(ctx, "gh", map[string]struct{}{"2": {}}, *now); err != nil {
		t.Fatal(err)
	}
	if rows, err := s.CorpusRows(ctx); err != nil || len(rows) != 1 || rows[0].ID != b.ID {
		t.Errorf("after a close: %+v, %v", rows, err)
	}
	// Since a seq: the changes after it, the closed listing as an id.
	open, closed, seq, err := s.CorpusRowsSince(ctx, 0)
	if err != nil || len(open) != 1 || open[0].ID != b.ID || len(closed) != 1 || closed[0] != a.ID || seq == 0 {
		t.Fatalf("since 0: %+v, %v, %d, %v", open, closed, seq, err)
	}
	if open, closed, seq2, err := s.CorpusRowsSince(ctx, seq); err != nil || len(open)+len(closed) != 0 || seq2 != seq {
		t.Errorf("since %d, nothing changed: %+v, %v, %d, %v", seq, open, closed, seq2, err)
	}
	c := listing("gh", "3", "Editor")
	if _, err := s.Upsert(ctx, []*model.Listing{c}); err != nil {
		t.Fatal(err)
	}
	if open, closed, _, err := s.CorpusRowsSince(ctx, seq); err != nil || len(open) != 1 || open[0].ID != c.ID || len(closed) != 0 {
		t.Errorf("since %d, one new: %+v, %v, %v", seq, open, closed, err)
	}
}

// TestLeadPrefix: a corpus row keeps at most leadBytes of the text, cut
// on a character boundary.
func TestLeadPrefix(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"short", 5},
		{strings.Repeat("a", leadBytes), leadBytes},
		{strings.Repeat("a", leadBytes+1), leadBytes},
		{strings.Repeat("a", leadBytes-1) + "é", leadBytes - 1},
	} {
		if got := leadPrefix(tc.text); len(got) != tc.want || !strings.HasPrefix(tc.text, got) {
			t.Errorf("leadPrefix of %d bytes: %d bytes, want %d", len(tc.text), len(got), tc.want)
		}
	}
}
