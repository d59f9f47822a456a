package ingest

import (
	"context"
	"reflect"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// changeList is a change source over a fixed list.
type changeList []model.Change

func (cl changeList) ChangesSince(_ context.Context, after int64, limit int) ([]model.Change, error) {
	var out []model.Change
	for _, c := range cl {
		if c.Seq > after && len(out) < limit {
			out = append(out, c)
		}
	}
	return out, nil
}

// TestIndexFeedSkipsDetailsOnly: a change that rewrites only a flag's
// reason or named listings is not passed to the index again, unless it
// ends a read (so the index's seq reaches the store's); any other change,
// a delete, or a change after a forget is passed.
func TestIndexFeedSkipsDetailsOnly(t *testing.T) {
	flag := func(reason string, others ...string) model.Flag {
		f := model.Flag{ID: "SCAM_TEMPLATE_REUSE", Family: model.FamilyScam, Severity: model.SeverityHigh, Reason: reason}
		for _, o := range others {
			f.Others = append(f.Others, model.Link{ID: o})
		}
		return f
	}
	l := func(id, title string, risk model.Severity, fs ...model.Flag) *model.Listing {
		return &model.Listing{ID: id, Title: title, Risk: risk, Flags: fs}
	}
	ch := func(seq int64, x *model.Listing) model.Change {
		if x == nil {
			return model.Change{Seq: seq, ID: "b"}
		}
		return model.Change{Seq: seq, ID: x.ID, Listing: x}
	}
	all := changeList{
		ch(1, l("a", "A", model.SeverityHigh, flag("copied", "x"))),
		ch(2, l("b", "B", model.SeverityLow)),
		ch(3, l("a", "A", model.SeverityHigh, flag("copied (1 more)", "x", "y"))),  // details only: dropped
		ch(4, l("b", "B", model.SeverityHigh, flag("copied", "a"))),                // a new flag: passed
		ch(5, l("a", "A2", model.SeverityHigh, flag("copied (1 more)", "x", "y"))), // a new title: passed
		ch(6, l("a", "A2", model.SeverityHigh, flag("copied (2 more)", "x", "z"))), // details only: dropped
		ch(7, nil), // b deleted
		ch(8, l("a", "A2", model.SeverityHigh, flag("copied (3 more)", "x", "z"))), // details only, but last: passed
	}
	f := &indexFeed{src: all}
	var got []int64
	read := func(after int64, limit int) int64 {
		cs, err := f.ChangesSince(context.Background(), after, limit)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			got = append(got, c.Seq)
		}
		return cs[len(cs)-1].Seq
	}
	after := read(0, 2)
	after = read(after, 10)
	if want := []int64{1, 2, 4, 5, 7, 8}; !reflect.DeepEqual(got, want) {
		t.Fatalf("passed %v, want %v", got, want)
	}
	got = nil
	f.forget() // a failed catch-up: the index re-reads from its own seq
	read(2, 10)
	if want := []int64{3, 4, 5, 7, 8}; !reflect.DeepEqual(got, want) {
		t.Fatalf("after forget: passed %v, want %v", got, want)
	}
}
