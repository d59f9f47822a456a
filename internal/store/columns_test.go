package store

import (
	"context"
	"fmt"
	"maps"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// TestSourceCompaniesPlan: the source-companies list reads the covering
// index of migration 0012, never the listings table (whose JSON it used to
// decode for every open listing).
func TestSourceCompaniesPlan(t *testing.T) {
	ctx := context.Background()
	s, _ := MustOpen(t)
	var ls []*model.Listing
	for i := range 300 {
		l := listing(fmt.Sprint("b", i%7), fmt.Sprint(i), "Title")
		l.Company = fmt.Sprint("Company ", i%11)
		ls = append(ls, l)
	}
	if _, err := s.Upsert(ctx, ls); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `ANALYZE`); err != nil {
		t.Fatal(err)
	}
	plan := queryPlan(t, s, sourceCompaniesSQL(sqliteDialect))
	joined := strings.Join(plan, "\n")
	if !strings.Contains(joined, "COVERING INDEX listings_source_company") {
		t.Errorf("plan does not read the covering index listings_source_company:\n%s", joined)
	}
	for _, d := range plan {
		if strings.Contains(d, "listings") && !strings.Contains(d, "COVERING INDEX") {
			t.Errorf("plan reads the listings table: %q in\n%s", d, joined)
		}
	}
}

func TestListingColumnsMigration(t *testing.T) {
	storetest.RunParallel(t, testListingColumnsMigration)
}

// testListingColumnsMigration: migration 0012 fills company and own_flags
// of the listings stored before it from their data, and the stores's
// readers of those columns agree with what Upsert writes.
func testListingColumnsMigration(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	dsn := be.DSN(t)
	s, _ := openAt(t, dsn)
	a, b := listing("gh", "1", "Data intern"), listing("gh", "2", "Design project")
	a.Company, b.Company = "Acme", "Acme"
	a.Flags = []model.Flag{{ID: "X", Family: model.FamilyScam, Severity: model.SeverityMedium, Reason: "why", Evidence: model.Span{Field: "text", Start: 1, End: 3, Text: "ab"}}}
	if _, err := s.Upsert(ctx, []*model.Listing{a, b}); err != nil {
		t.Fatal(err)
	}
	read := func() map[string][2]string {
		t.Helper()
		rows, err := s.db.QueryContext(ctx, `SELECT id, company, own_flags FROM listings`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		out := map[string][2]string{}
		for rows.Next() {
			var id, c, f string
			if err := rows.Scan(&id, &c, &f); err != nil {
				t.Fatal(err)
			}
			out[id] = [2]string{c, strings.ReplaceAll(f, " ", "")}
		}
		return out
	}
	wrote := read()
	want := map[string][2]string{
		a.ID: {"Acme", `[{"id":"X","family":"scam","severity":"medium"}]`},
		b.ID: {"Acme", `[]`},
	}
	if !maps.Equal(wrote, want) {
		t.Fatalf("Upsert wrote %v, want %v", wrote, want)
	}
	// As a store before migration 0012: the columns at their defaults,
	// the migration not applied.
	// (listings_stats of 0014 holds own_flags: dropped first, and not
	// rebuilt, since 0014 stays applied.)
	for _, q := range []string{`UPDATE listings SET company = '', own_flags = '[]'`, `DROP INDEX listings_source_company`, `DROP INDEX listings_stats`,
		`ALTER TABLE listings DROP COLUMN company`, `ALTER TABLE listings DROP COLUMN own_flags`,
		`DELETE FROM schema_migrations WHERE version = 12`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := s.migrate(ctx); err != nil {
		t.Fatal(err)
	}
	got := read()
	for id, w := range want {
		g := got[id]
		if g[0] != w[0] {
			t.Errorf("migrated company of %s = %q, want %q", id, g[0], w[0])
		}
		// The migration keeps the whole flags (reasons and all): what
		// counts is that they decode to the same id, family and severity.
		if id == a.ID && !strings.Contains(g[1], `"id":"X"`) || !strings.Contains(g[1], `[`) {
			t.Errorf("migrated own_flags of %s = %q", id, g[1])
		}
	}
	if got[b.ID][1] != "[]" {
		t.Errorf("migrated own_flags of %s = %q, want []", b.ID, got[b.ID][1])
	}
	companies, err := s.SourceCompanies(ctx)
	if err != nil || companies["gh"] != "Acme" {
		t.Errorf("SourceCompanies after the migration = %v, %v", companies, err)
	}
	// The risk of a cross-listing flag combines the own flags read back.
	var base []model.Flag
	risk := func(own, extra []model.Flag) model.Severity {
		base = own
		return model.SeverityHigh
	}
	extra := map[string][]model.Flag{a.ID: {{ID: "SCAM_TEMPLATE_REUSE", Family: model.FamilyScam, Severity: model.SeverityHigh}}}
	if err := s.SetCorpusFlagsOf(ctx, []string{a.ID}, extra, risk); err != nil {
		t.Fatal(err)
	}
	if len(base) != 1 || base[0].ID != "X" || base[0].Family != model.FamilyScam || base[0].Severity != model.SeverityMedium {
		t.Errorf("risk got own flags %+v, want X (scam, medium)", base)
	}
}
