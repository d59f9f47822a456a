package digest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

// maxCandidates bounds the new listings one digest looks at.
const maxCandidates = 5000

// RunOptions choose what Run does.
type RunOptions struct {
	// DryRun renders what is due without sending or writing anything.
	DryRun bool
}

// Result is what Run did for one subscription.
type Result struct {
	Subscription int64  `json:"subscription"`
	Email        string `json:"email"` // masked
	// Status: sent, resent (a pending digest from an interrupted run),
	// empty (nothing new; no e-mail), failed (the address was refused),
	// deferred (a temporary failure; the next run tries again), due (dry run).
	Status    string    `json:"status"`
	Slot      time.Time `json:"slot"`
	Listings  int       `json:"listings"` // shown
	Total     int       `json:"total"`    // shown and "and N more"
	MessageID string    `json:"message_id,omitempty"`
	Subject   string    `json:"subject,omitempty"`
	Error     string    `json:"error,omitempty"`
	// Message is the rendered e-mail (dry run only).
	Message *Message `json:"message,omitempty"`
}

// Run sends every digest that is due now, first any digest a previous run
// left pending (with its Message-ID), and the confirmation e-mails not yet
// sent. It returns one Result per subscription it acted on. One
// subscription's failure does not stop the others.
func (s *Service) Run(ctx context.Context, opts RunOptions) ([]Result, error) {
	if s.opts.Index == nil {
		return nil, errors.New("digest: no search index to match listings with")
	}
	select { // one run at a time (the schedule and `gigscout digest run` through the server)
	case s.running <- struct{}{}:
		defer func() { <-s.running }()
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	now := s.now()
	subs, err := s.opts.Store.Subscriptions(ctx)
	if err != nil {
		return nil, err
	}
	counts := map[string]float64{}
	var out []Result
	var errs []error
	for _, sub := range subs {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		st := sub.Status
		if sub.Paused && st == store.SubActive {
			st = "paused"
		}
		counts[st]++
		if sub.Status == store.SubPending && sub.ConfirmSentAt == nil && !opts.DryRun && now.Sub(sub.CreatedAt) < 7*24*time.Hour {
			if err := s.sendConfirmation(ctx, sub); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		if sub.Status != store.SubActive {
			continue
		}
		r, acted, err := s.runOne(ctx, sub, now, opts)
		if err != nil {
			s.log.Warn("digest failed", "subscription", sub.ID, "to", MaskEmail(sub.Email), "error", err)
			errs = append(errs, fmt.Errorf("subscription %d: %w", sub.ID, err))
			if r.Status == "" {
				r = Result{Subscription: sub.ID, Email: MaskEmail(sub.Email), Status: "error", Error: err.Error()}
			}
			acted = true
		}
		if acted {
			out = append(out, r)
		}
	}
	if !opts.DryRun {
		s.metrics.runs.Inc()
		s.metrics.lastRun.Set(float64(time.Now().Unix()))
		s.metrics.subscribers.Reset()
		for k, v := range counts {
			s.metrics.subscribers.WithLabelValues(k).Set(v)
		}
	}
	return out, errors.Join(errs...)
}

func (s *Service) runOne(ctx context.Context, sub *store.Subscription, now time.Time, opts RunOptions) (Result, bool, error) {
	res := Result{Subscription: sub.ID, Email: MaskEmail(sub.Email)}
	d, items, err := s.opts.Store.PendingDigest(ctx, sub.ID)
	if err != nil {
		return res, true, err
	}
	resend := d != nil
	if d == nil {
		slot, due := Due(sub, now)
		if !due && s.opts.FirstDigestNow && sub.LastSlot == nil && sub.ConfirmedAt != nil && !sub.Paused {
			slot, due = now.Truncate(time.Second), true
		}
		if !due {
			return res, false, nil
		}
		d, items, err = s.choose(ctx, sub, slot, now)
		if err != nil {
			return res, true, err
		}
	}
	res.Slot, res.Total, res.MessageID = d.Slot, d.Total, d.MessageID
	if d.Total == 0 && !s.opts.SendEmpty {
		res.Status = "empty"
		if opts.DryRun {
			return res, true, nil
		}
		return res, true, s.opts.Store.SkipDigest(ctx, sub.ID, d.Slot, d.WindowTo)
	}
	m, shown, err := s.digestMessage(ctx, sub, d, items)
	if err != nil {
		return res, true, err
	}
	res.Listings, res.Subject = shown, m.Subject
	if opts.DryRun {
		res.Status, res.Message = "due", m
		if resend {
			res.Status = "pending"
		}
		return res, true, nil
	}
	if !resend {
		if err := s.opts.Store.CreateDigest(ctx, d, items); err != nil {
			return res, true, err
		}
		res.MessageID = d.MessageID
	}
	s.hook("ledger-written", d)
	if err := s.send(ctx, m, "digest"); err != nil {
		if permanent(err) {
			res.Status, res.Error = "failed", err.Error()
			return res, true, s.opts.Store.FailDigest(ctx, d.ID, err.Error())
		}
		res.Status, res.Error = "deferred", err.Error()
		errs := []error{err}
		errs = append(errs, s.opts.Store.NoteDigestAttempt(context.WithoutCancel(ctx), d.ID, err.Error()),
			s.opts.Store.NoteFailure(context.WithoutCancel(ctx), sub.ID, err.Error()))
		return res, true, errors.Join(errs...)
	}
	s.hook("accepted", d)
	if err := s.opts.Store.MarkDigestSent(context.WithoutCancel(ctx), d.ID); err != nil {
		return res, true, err
	}
	s.hook("marked", d)
	res.Status = "sent"
	if resend {
		res.Status = "resent"
		s.metrics.resent.Inc()
	}
	s.metrics.listings.Add(float64(d.Total))
	return res, true, nil
}

// choose picks the listings of sub's digest for slot: the open listings
// first seen in its window that match its search (which leaves out
// cross-source duplicates), in the search's order, less those in its
// ledger and those whose other postings are (one opportunity is sent
// once). It returns the digest (not yet written) and its ledger rows.
func (s *Service) choose(ctx context.Context, sub *store.Subscription, slot, now time.Time) (*store.Digest, []store.LedgerItem, error) {
	from, to := window(sub, now)
	d := &store.Digest{SubscriptionID: sub.ID, Slot: slot, WindowFrom: from, WindowTo: to, MessageID: s.messageID(sub, slot)}
	ids, err := s.opts.Store.NewListingIDs(ctx, from, to, maxCandidates)
	if err != nil || len(ids) == 0 {
		return d, nil, err
	}
	sent, err := s.opts.Store.Sent(ctx, sub.ID, ids)
	if err != nil {
		return nil, nil, err
	}
	fresh := make([]string, 0, len(ids))
	for _, id := range ids {
		if !sent[id] {
			fresh = append(fresh, id)
		}
	}
	if len(fresh) == 0 {
		return d, nil, nil
	}
	v, err := url.ParseQuery(sub.Query)
	if err != nil {
		return nil, nil, fmt.Errorf("saved query: %w", err)
	}
	v.Del("cursor")
	q, err := s.opts.Parse(v, now)
	if err != nil {
		return nil, nil, fmt.Errorf("saved query: %w", err)
	}
	q.IDs, q.Limit, q.Cursor, q.Facets, q.Highlight = fresh, len(fresh), "", false, false
	res, err := s.opts.Index.Search(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	hitIDs := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		hitIDs[i] = h.ID
	}
	ls, err := s.opts.Store.GetMany(ctx, hitIDs)
	if err != nil {
		return nil, nil, err
	}
	var others []string
	for _, l := range ls {
		for _, a := range l.AlsoAt {
			others = append(others, a.ID)
		}
	}
	othersSent, err := s.opts.Store.Sent(ctx, sub.ID, others)
	if err != nil {
		return nil, nil, err
	}
	var items []store.LedgerItem
	taken := map[string]bool{}
	n := 0
	for _, l := range ls {
		if taken[l.ID] || l.DuplicateOf != "" && taken[l.DuplicateOf] {
			continue
		}
		dup := false
		for _, a := range l.AlsoAt {
			if othersSent[a.ID] || taken[a.ID] {
				dup = true
			}
		}
		if dup {
			continue
		}
		kind := store.LedgerShown
		if n >= s.opts.MaxListings {
			kind = store.LedgerMore
		}
		items = append(items, store.LedgerItem{ListingID: l.ID, Kind: kind, Position: n})
		taken[l.ID] = true
		n++
		for _, a := range l.AlsoAt {
			if a.ID != "" && !taken[a.ID] {
				taken[a.ID] = true
				items = append(items, store.LedgerItem{ListingID: a.ID, Kind: store.LedgerDup, Position: -1})
			}
		}
	}
	d.Total = n
	return d, items, nil
}

// messageID is a new digest's Message-ID; it is stored with the digest so
// a resend repeats it.
func (s *Service) messageID(sub *store.Subscription, slot time.Time) string {
	b := make([]byte, 6)
	rand.Read(b)
	return fmt.Sprintf("digest.%d.%d.%s@%s", sub.ID, slot.Unix(), hex.EncodeToString(b), s.domain())
}

func (s *Service) domain() string {
	if _, d, ok := strings.Cut(s.from.Address, "@"); ok && d != "" {
		return d
	}
	return "gigscout.invalid"
}

// shownListings loads the shown listings of a digest in their order.
func (s *Service) shownListings(ctx context.Context, items []store.LedgerItem) ([]*model.Listing, error) {
	var ids []string
	for _, it := range items {
		if it.Kind == store.LedgerShown {
			ids = append(ids, it.ListingID)
		}
	}
	return s.opts.Store.GetMany(ctx, ids)
}

func randRead(b []byte)         { rand.Read(b) }
func hexString(b []byte) string { return hex.EncodeToString(b) }
