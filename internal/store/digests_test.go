package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/store/storetest"
)

func TestDigestLedger(t *testing.T) { storetest.RunParallel(t, testDigestLedger) }

func testDigestLedger(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, now := mustOpen(t, be)
	sub, active, err := s.SaveSubscription(ctx, "a@b.org", "q=data", Prefs{Frequency: Daily, Hour: 9, Timezone: "UTC"})
	if err != nil || active || sub.Status != SubPending {
		t.Fatalf("save: %v %v %+v", err, active, sub)
	}
	key := string(sub.TokenKey)
	if err := s.ConfirmSubscription(ctx, sub.ID); err != nil {
		t.Fatal(err)
	}
	// Saving again leaves an active subscription (and its key) alone.
	again, active, err := s.SaveSubscription(ctx, "a@b.org", "q=data", Prefs{Frequency: Weekly, Hour: 1, Timezone: "UTC"})
	if err != nil || !active || again.Frequency != Daily || string(again.TokenKey) != key {
		t.Fatalf("save again: %v %v %+v", err, active, again)
	}
	d := &Digest{SubscriptionID: sub.ID, MessageID: "m1@x", Slot: *now, WindowFrom: now.Add(-time.Hour), WindowTo: *now, Total: 2}
	items := []LedgerItem{{ListingID: "l1", Kind: LedgerShown, Position: 0}, {ListingID: "l2", Kind: LedgerMore, Position: 1},
		{ListingID: "l3", Kind: LedgerDup, Position: -1}}
	if err := s.CreateDigest(ctx, d, items); err != nil {
		t.Fatal(err)
	}
	// One pending digest per subscription.
	if err := s.CreateDigest(ctx, &Digest{SubscriptionID: sub.ID, MessageID: "m2@x", Slot: *now, WindowTo: *now}, nil); err == nil {
		t.Error("a second pending digest was written")
	}
	p, got, err := s.PendingDigest(ctx, sub.ID)
	if err != nil || p == nil || p.MessageID != "m1@x" || len(got) != 3 || got[0].ListingID != "l1" || got[2].Kind != LedgerDup {
		t.Fatalf("pending: %v %+v %+v", err, p, got)
	}
	*now = now.Add(time.Minute)
	if err := s.MarkDigestSent(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	sub, _ = s.Subscription(ctx, sub.ID)
	if sub.LastSlot == nil || !sub.LastSlot.Equal(d.Slot) || sub.CoveredUntil == nil || sub.LastSentAt == nil {
		t.Errorf("after the mark: %+v", sub)
	}
	// A listing in the ledger (as shown, more or dup) cannot be written again.
	d2 := &Digest{SubscriptionID: sub.ID, MessageID: "m3@x", Slot: *now, WindowTo: *now, Total: 1}
	if err := s.CreateDigest(ctx, d2, []LedgerItem{{ListingID: "l4", Kind: LedgerShown}, {ListingID: "l3", Kind: LedgerShown, Position: 1}}); err == nil {
		t.Error("a listing was written to the ledger twice")
	}
	if p, _, _ := s.PendingDigest(ctx, sub.ID); p != nil {
		t.Errorf("a failed write left a pending digest: %+v", p)
	}
	sent, err := s.Sent(ctx, sub.ID, []string{"l1", "l2", "l3", "l4"})
	if err != nil || !sent["l1"] || !sent["l2"] || !sent["l3"] || sent["l4"] {
		t.Errorf("sent %v %v", sent, err)
	}
	// A bounce fails every subscription of the address and frees the ledger rows of that digest.
	other, _, _ := s.SaveSubscription(ctx, "a@b.org", "q=design", Prefs{Frequency: Daily, Hour: 9, Timezone: "UTC"})
	s.ConfirmSubscription(ctx, other.ID)
	d3 := &Digest{SubscriptionID: sub.ID, MessageID: "m4@x", Slot: *now, WindowTo: *now, Total: 1}
	if err := s.CreateDigest(ctx, d3, []LedgerItem{{ListingID: "l5", Kind: LedgerShown}}); err != nil {
		t.Fatal(err)
	}
	if err := s.FailDigest(ctx, d3.ID, "550 no such user"); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{sub.ID, other.ID} {
		if got, _ := s.Subscription(ctx, id); got.Status != SubFailed || got.LastError != "550 no such user" {
			t.Errorf("subscription %d after a bounce: %+v", id, got)
		}
	}
	if sent, _ := s.Sent(ctx, sub.ID, []string{"l5"}); sent["l5"] {
		t.Error("a bounced digest's listing stays in the ledger")
	}
	// Subscribing again after a bounce starts over from pending with a new key.
	renewed, _, _ := s.SaveSubscription(ctx, "a@b.org", "q=data", Prefs{Frequency: Daily, Hour: 9, Timezone: "UTC"})
	if renewed.Status != SubPending || string(renewed.TokenKey) == key {
		t.Errorf("renewed %+v", renewed)
	}
	// Delete removes the subscription, its digests and ledger.
	if err := s.DeleteSubscription(ctx, sub.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Subscription(ctx, sub.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted: %v", err)
	}
	if ds, _ := s.Digests(ctx, sub.ID, 10); len(ds) != 0 {
		t.Errorf("digests left: %d", len(ds))
	}
	if sent, _ := s.Sent(ctx, sub.ID, []string{"l1"}); len(sent) != 0 {
		t.Error("ledger rows left")
	}
}

func TestPrefsAndEmailValidation(t *testing.T) {
	for _, tt := range []struct {
		p     Prefs
		field string
	}{
		{Prefs{Frequency: "monthly", Hour: 1, Timezone: "UTC"}, "frequency"},
		{Prefs{Frequency: Daily, Hour: -1, Timezone: "UTC"}, "hour"},
		{Prefs{Frequency: Daily, Hour: 1, Timezone: "Local"}, "timezone"},
		{Prefs{Frequency: Daily, Hour: 1, Timezone: "../../etc/passwd"}, "timezone"},
		{Prefs{Frequency: Weekly, Hour: 23, Timezone: "Asia/Kathmandu"}, ""},
	} {
		err := tt.p.Validate()
		var fe *FieldError
		if (tt.field == "") != (err == nil) || (err != nil && (!errors.As(err, &fe) || fe.Field != tt.field)) {
			t.Errorf("%+v: %v, want field %q", tt.p, err, tt.field)
		}
	}
	for in, want := range map[string]string{"A.B@Uni.EDU": "A.B@uni.edu", " a@b.org ": "a@b.org", "a@b": "", "<a@b.org>": "", "a b@c.org": "", "a@b.org,c@d.org": ""} {
		got, err := NormalizeEmail(in)
		if got != want || (want == "") != (err != nil) {
			t.Errorf("NormalizeEmail(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
