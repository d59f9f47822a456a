package digest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/gigscout/gigscout/internal/store"
)

// CanonicalQuery checks a saved search's parameters as the search API does
// and returns them encoded in a stable order. The cursor is dropped (a
// digest is not a page of results).
func (s *Service) CanonicalQuery(query string) (string, error) {
	v, err := url.ParseQuery(query)
	if err != nil {
		return "", &store.FieldError{Field: "query", Message: "query must be search parameters like q=data&paid=true: " + err.Error()}
	}
	v.Del("cursor")
	if _, err := s.opts.Parse(v, s.now()); err != nil {
		return "", err
	}
	return v.Encode(), nil
}

// Subscribe records a subscribe request and sends the confirmation e-mail
// (or, to an address already subscribed to this search, a note with its
// preferences link). What it returns never depends on whether the address
// was subscribed: a failed send is logged and retried by the next run.
func (s *Service) Subscribe(ctx context.Context, email, query string, p store.Prefs) error {
	email, err := store.NormalizeEmail(email)
	if err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	q, err := s.CanonicalQuery(query)
	if err != nil {
		return err
	}
	sub, active, err := s.opts.Store.SaveSubscription(ctx, email, q, p)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if active {
		s.sendNotice(ctx, sub)
		return nil
	}
	s.sendConfirmation(ctx, sub)
	return nil
}

// sendConfirmation sends sub's confirmation e-mail and records it.
func (s *Service) sendConfirmation(ctx context.Context, sub *store.Subscription) error {
	m, err := s.confirmationMessage(sub, false)
	if err != nil {
		return err
	}
	if err := s.send(ctx, m, "confirmation"); err != nil {
		s.log.Warn("confirmation e-mail failed", "subscription", sub.ID, "to", MaskEmail(sub.Email), "error", err)
		if permanent(err) {
			return s.opts.Store.FailAddress(ctx, sub.Email, err.Error())
		}
		return err
	}
	return s.opts.Store.MarkConfirmSent(ctx, sub.ID)
}

// sendNotice tells an address that is subscribed already where its
// preferences are.
func (s *Service) sendNotice(ctx context.Context, sub *store.Subscription) {
	m, err := s.confirmationMessage(sub, true)
	if err == nil {
		err = s.send(ctx, m, "notice")
	}
	if err != nil {
		s.log.Warn("notice e-mail failed", "subscription", sub.ID, "to", MaskEmail(sub.Email), "error", err)
	}
}

// send delivers m, retrying temporary failures with backoff.
func (s *Service) send(ctx context.Context, m *Message, kind string) error {
	wait := s.opts.Backoff
	var err error
	for attempt := 0; attempt <= s.opts.Retries; attempt++ {
		if attempt > 0 {
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return errors.Join(err, ctx.Err())
			case <-t.C:
			}
			wait *= 2
		}
		err = s.opts.Sender.Send(ctx, m)
		if err == nil {
			s.metrics.sent.WithLabelValues(kind).Inc()
			return nil
		}
		if permanent(err) {
			s.metrics.failures.WithLabelValues("permanent").Inc()
			return err
		}
		s.metrics.failures.WithLabelValues("temporary").Inc()
		s.log.Info("send failed; retrying", "kind", kind, "attempt", attempt+1, "error", err)
	}
	return fmt.Errorf("gave up after %d attempts: %w", s.opts.Retries+1, err)
}

// Confirm confirms the subscription of a confirm token.
func (s *Service) Confirm(ctx context.Context, token string) (*store.Subscription, error) {
	sub, err := s.Subscription(ctx, token, PurposeConfirm)
	if err != nil {
		return nil, err
	}
	if sub.Status != store.SubPending && sub.Status != store.SubActive {
		return nil, ErrBadToken
	}
	if err := s.opts.Store.ConfirmSubscription(ctx, sub.ID); err != nil {
		return nil, err
	}
	return s.opts.Store.Subscription(ctx, sub.ID)
}

// UpdatePrefs changes the frequency, hour, time zone and pause of the
// subscription of a preferences token.
func (s *Service) UpdatePrefs(ctx context.Context, token string, p store.Prefs, paused bool) (*store.Subscription, error) {
	sub, err := s.Subscription(ctx, token, PurposePreferences)
	if err != nil {
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if err := s.opts.Store.UpdateSubscription(ctx, sub.ID, p, paused); err != nil {
		return nil, err
	}
	return s.opts.Store.Subscription(ctx, sub.ID)
}

// Unsubscribe stops the digests of an unsubscribe (or preferences) token at once.
func (s *Service) Unsubscribe(ctx context.Context, token string) (*store.Subscription, error) {
	sub, err := s.Subscription(ctx, token, PurposeUnsubscribe)
	if errors.Is(err, ErrBadToken) {
		sub, err = s.Subscription(ctx, token, PurposePreferences)
	}
	if err != nil {
		return nil, err
	}
	if err := s.opts.Store.Unsubscribe(ctx, sub.ID); err != nil {
		return nil, err
	}
	return s.opts.Store.Subscription(ctx, sub.ID)
}

// Delete removes the subscription of a preferences token with all its data.
func (s *Service) Delete(ctx context.Context, token string) error {
	sub, err := s.Subscription(ctx, token, PurposePreferences)
	if err != nil {
		return err
	}
	return s.opts.Store.DeleteSubscription(ctx, sub.ID)
}
