package digest

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/store"
)

// Token purposes: a link made for one purpose is refused for another.
const (
	PurposeConfirm     = "confirm"
	PurposePreferences = "preferences"
	PurposeUnsubscribe = "unsubscribe"
)

// ErrBadToken is a link that was altered, made for another purpose, or
// belongs to a subscription that no longer exists or was renewed. It
// wraps store.ErrNotFound so that callers answer 404.
var ErrBadToken = fmt.Errorf("digest: this link is not valid (%w)", store.ErrNotFound)

// Token is the signed token of sub for purpose: the subscription id and an
// HMAC-SHA256 (truncated to 144 bits) of purpose, id and the
// subscription's own random key, under the store's digest key. A new
// subscribe request replaces the subscription's key, so old links stop
// working.
func (s *Service) Token(sub *store.Subscription, purpose string) string {
	return strconv.FormatInt(sub.ID, 10) + "." + base64.RawURLEncoding.EncodeToString(s.mac(sub, purpose))
}

func (s *Service) mac(sub *store.Subscription, purpose string) []byte {
	h := hmac.New(sha256.New, s.key)
	fmt.Fprintf(h, "%s\x00%d\x00", purpose, sub.ID)
	h.Write(sub.TokenKey)
	return h.Sum(nil)[:18]
}

// Subscription returns the subscription token was made for, if it was
// made for purpose; otherwise ErrBadToken.
func (s *Service) Subscription(ctx context.Context, token, purpose string) (*store.Subscription, error) {
	idPart, sig, ok := strings.Cut(token, ".")
	if !ok || len(token) > 100 {
		return nil, ErrBadToken
	}
	id, err := strconv.ParseInt(idPart, 10, 64)
	if err != nil || id <= 0 || strconv.FormatInt(id, 10) != idPart {
		return nil, ErrBadToken
	}
	mac, err := base64.RawURLEncoding.DecodeString(sig)
	if err != nil {
		return nil, ErrBadToken
	}
	sub, err := s.opts.Store.Subscription(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, ErrBadToken
	}
	if err != nil {
		return nil, err
	}
	if !hmac.Equal(mac, s.mac(sub, purpose)) {
		return nil, ErrBadToken
	}
	return sub, nil
}

// link is the absolute URL of page path with sub's token for purpose.
func (s *Service) link(sub *store.Subscription, path, purpose string) string {
	return s.opts.PublicURL + path + "?token=" + s.Token(sub, purpose)
}

// Page paths (served by internal/web).
const (
	ConfirmPath     = "/subscriptions/confirm"
	PreferencesPath = "/subscriptions/preferences"
	UnsubscribePath = "/subscriptions/unsubscribe"
)
