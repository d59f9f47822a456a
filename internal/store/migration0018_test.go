package store

import (
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// TestBodyColumn: Upsert keeps a listing's texts out of data, in the body
// column (NULL for a listing without either), and every reader gives them
// back: by id, by ids, the change feed and the corpus rows.
func TestBodyColumn(t *testing.T) { storetest.RunParallel(t, testBodyColumn) }

func testBodyColumn(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, _ := mustOpen(t, be)
	ls := newCrawlListings(29).batch(6)
	ls[1].DescriptionHTML, ls[1].Text = "", ""
	ls[2].DescriptionHTML = ""
	ls[3].Text = ""
	if _, err := s.Upsert(ctx, ls); err != nil {
		t.Fatal(err)
	}
	for i, l := range ls {
		var data string
		var body []byte
		if err := s.db.QueryRowContext(ctx, `SELECT data, body FROM listings WHERE id = ?`, l.ID).Scan(&data, &body); err != nil {
			t.Fatal(err)
		}
		noTexts(t, data)
		if (body == nil) != (i == 1) {
			t.Errorf("listing %d: body %d bytes", i, len(body))
		}
		got, err := s.Get(ctx, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.DescriptionHTML != l.DescriptionHTML || got.Text != l.Text {
			t.Errorf("listing %d: Get gave texts %q, %q; want %q, %q", i, got.DescriptionHTML, got.Text, l.DescriptionHTML, l.Text)
		}
	}
	sn := takeBodySnapshot(t, s, ls)
	for i, l := range sn.listings {
		if l.DescriptionHTML != ls[i].DescriptionHTML || l.Text != ls[i].Text {
			t.Errorf("listing %d: GetMany gave other texts", i)
		}
	}
	for i, c := range sn.changes {
		if c.Listing.Text != ls[i].Text || c.Listing.DescriptionHTML != ls[i].DescriptionHTML {
			t.Errorf("change %d: other texts", i)
		}
	}
	if len(sn.corpus) != len(ls) {
		t.Fatalf("%d corpus rows, want %d", len(sn.corpus), len(ls))
	}
	for _, r := range sn.corpus {
		i := slices.IndexFunc(ls, func(l *model.Listing) bool { return l.ID == r.ID })
		if want := len([]rune(ls[i].Text)); r.TextLen != want || r.Lead != leadPrefix(ls[i].Text) {
			t.Errorf("corpus row %s: text length %d, lead %q; want %d, %q", r.ID, r.TextLen, r.Lead, want, leadPrefix(ls[i].Text))
		}
	}
}

// noTexts fails t if the data JSON holds a text key at its top level.
func noTexts(t *testing.T, data string) {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(data), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"description_html", "text"} {
		if _, ok := m[k]; ok {
			t.Errorf("data holds %q: %.120s", k, data)
		}
	}
}

// bodySnapshot is what the readers of data and body give.
type bodySnapshot struct {
	listings []*model.Listing
	changes  []model.Change
	corpus   []CorpusRow
}

func takeBodySnapshot(t *testing.T, s *sqlStore, ls []*model.Listing) bodySnapshot {
	t.Helper()
	ctx := context.Background()
	ids := make([]string, len(ls))
	for i, l := range ls {
		ids[i] = l.ID
	}
	var sn bodySnapshot
	var err error
	if sn.listings, err = s.GetMany(ctx, ids); err != nil {
		t.Fatal(err)
	}
	if sn.changes, err = s.changesSince(ctx, 0, 1<<20); err != nil {
		t.Fatal(err)
	}
	if sn.corpus, _, err = s.corpusRows(ctx, `ORDER BY id`); err != nil {
		t.Fatal(err)
	}
	return sn
}

// TestMigration0018Body: migration 0018 converts a store whose listings
// hold their texts in data (with the content hashes taken then): every
// reader gives the same listings, change feed and corpus rows after it;
// data loses the texts, body holds them, the hashes are the new ones, and
// a crawl that sees the same listings again finds them unchanged. A
// listing whose text the JSON repaired (invalid UTF-8) keeps its old hash
// and reads as changed once.
func TestMigration0018Body(t *testing.T) { storetest.RunParallel(t, testMigration0018Body) }

func testMigration0018Body(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, now := mustOpen(t, be)
	g := newCrawlListings(31)
	var all []*model.Listing
	for range 4 {
		all = append(all, g.batch(40)...) // a board a batch
	}
	all[1].DescriptionHTML, all[1].Text = "", ""
	all[2].DescriptionHTML = ""
	all[3].Text = ""
	repaired := all[4]
	repaired.Text += " caf\xe9"
	for i := 0; i < len(all); i += 40 {
		if _, err := s.Upsert(ctx, all[i:min(i+40, len(all))]); err != nil {
			t.Fatal(err)
		}
		*now = now.Add(time.Hour)
	}
	closedSrc := ""
	for _, l := range all {
		if l.Source != repaired.Source {
			closedSrc = l.Source
			break
		}
	}
	if closedSrc == "" {
		t.Fatal("pick another seed: the batches are of one board")
	}
	if _, err := s.CloseMissing(ctx, closedSrc, map[string]struct{}{}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	reuse := model.Flag{ID: "SCAM_TEMPLATE_REUSE", Family: model.FamilyScam, Severity: model.SeverityHigh, Reason: "same words"}
	if err := s.SetCorpusFlags(ctx, map[string][]model.Flag{all[7].ID: {reuse}, all[9].ID: {reuse}},
		func(base, extra []model.Flag) model.Severity { return model.SeverityHigh }); err != nil {
		t.Fatal(err)
	}
	want := takeBodySnapshot(t, s, all)

	// As a store before 0018 held them: the texts in data, the hashes
	// taken over that, no body column.
	for _, l := range all {
		hash, full, err := legacyContentHash(l)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.db.ExecContext(ctx, `UPDATE listings SET data = ?, content_hash = ? WHERE id = ?`, string(full), hash, l.ID); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{`ALTER TABLE listings DROP COLUMN body`, `DELETE FROM schema_migrations WHERE version = 18`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	s.textsInData = true
	if old := takeBodySnapshot(t, s, all); !reflect.DeepEqual(old, want) {
		t.Fatal("the old layout reads other listings than the new one")
	}
	s.textsInData = false

	if err := s.migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if got := takeBodySnapshot(t, s, all); !reflect.DeepEqual(got, want) {
		for i := range got.listings {
			if !reflect.DeepEqual(got.listings[i], want.listings[i]) {
				t.Errorf("listing %s differs after the migration:\n got %+v\nwant %+v", all[i].ID, got.listings[i], want.listings[i])
				break
			}
		}
		t.Fatal("the listings, change feed or corpus rows differ after the migration")
	}
	for _, l := range all {
		var hash, data string
		var body []byte
		if err := s.db.QueryRowContext(ctx, `SELECT content_hash, data, body FROM listings WHERE id = ?`, l.ID).Scan(&hash, &data, &body); err != nil {
			t.Fatal(err)
		}
		noTexts(t, data)
		if (body == nil) != (l.DescriptionHTML == "" && l.Text == "") {
			t.Errorf("%s: body %d bytes", l.ID, len(body))
		}
		r, err := encodeRow(l)
		if err != nil {
			t.Fatal(err)
		}
		wantHash := r.hash
		if l == repaired {
			wantHash, _, _ = legacyContentHash(l)
		}
		if hash != wantHash {
			t.Errorf("%s: content hash %s after the migration, want %s", l.ID, hash, wantHash)
		}
	}

	// The same listings again (the closed board's aside): unchanged, but
	// the repaired one.
	*now = now.Add(time.Hour)
	var again []*model.Listing
	for _, l := range all {
		if l.Source == repaired.Source {
			c := *l
			again = append(again, &c)
		}
	}
	out, err := s.Upsert(ctx, again)
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range out {
		if wantO := map[bool]Outcome{false: Unchanged, true: Updated}[again[i].ID == repaired.ID]; o != wantO {
			t.Errorf("%s seen again after the migration: %v, want %v", again[i].ID, o, wantO)
		}
	}
	if !strings.Contains(mustGet(t, s, repaired.ID).Text, "caf\uFFFD") {
		t.Error("the repaired text lost its replacement character")
	}
}

func mustGet(t *testing.T, s *sqlStore, id string) *model.Listing {
	t.Helper()
	l, err := s.Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return l
}
