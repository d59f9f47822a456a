package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/gigscout/gigscout/config"
	"github.com/gigscout/gigscout/internal/store"
	"github.com/gigscout/gigscout/internal/web"
)

const widgetUsage = `usage:
  gigscout widget create --name NAME --origin URL [--origin URL]... [--filter KEY=VALUE]... [--expires 365d|never] [--json]
  gigscout widget list [--json]
  gigscout widget revoke KEY`

// widgetSecretFile is where the generated widget secret lives in the data directory.
const widgetSecretFile = "widget_secret"

// loadWidgetSecret returns server.widget_secret, or the secret in
// <data_dir>/widget_secret, generating that file (mode 0600) when it does
// not exist. The secret is never logged.
func loadWidgetSecret(cfg *config.Config, log *slog.Logger) ([]byte, error) {
	if s := cfg.Server.WidgetSecret; s != "" {
		return []byte(s), nil
	}
	path := filepath.Join(cfg.DataDir, widgetSecretFile)
	for range 2 {
		b, err := os.ReadFile(path)
		if err == nil {
			s := strings.TrimSpace(string(b))
			if len(s) < 32 {
				return nil, fmt.Errorf("widget secret %s: shorter than 32 characters; delete it to generate a new one (every key made with it stops working)", path)
			}
			return []byte(s), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("widget secret: %w", err)
		}
		if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
			return nil, fmt.Errorf("widget secret: %w", err)
		}
		raw := make([]byte, 32)
		rand.Read(raw)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue // another process made it first: read theirs
		}
		if err != nil {
			return nil, fmt.Errorf("widget secret: %w", err)
		}
		_, werr := f.WriteString(hex.EncodeToString(raw) + "\n")
		if err := errors.Join(werr, f.Close()); err != nil {
			os.Remove(path)
			return nil, fmt.Errorf("widget secret: %w", err)
		}
		log.Info("generated a widget key secret", "path", path)
	}
	return nil, fmt.Errorf("widget secret: %s could not be read", path)
}

// widgetCreateOptions are `widget create`'s flags.
type widgetCreateOptions struct {
	Spec web.WidgetSpec
	JSON bool
}

// newWidgetCreateOptions makes `widget create`'s options from its flags.
func newWidgetCreateOptions(name string, origins, filters []string, expires string, asJSON bool) (widgetCreateOptions, error) {
	if err := checkFilters("widget create", filters); err != nil {
		return widgetCreateOptions{}, err
	}
	opts := widgetCreateOptions{JSON: asJSON, Spec: web.WidgetSpec{Name: name, Origins: origins, Filters: url.Values{}}}
	for _, f := range filters {
		k, v, _ := strings.Cut(f, "=")
		opts.Spec.Filters.Add(strings.TrimSpace(k), strings.TrimSpace(v))
	}
	var err error
	if opts.Spec.Expires, err = web.ParseWidgetExpiry(expires); err != nil {
		return opts, usagef("widget create: --expires: %v", err)
	}
	return opts, nil
}

// withWidgetAdmin opens the store and the widget secret for fn. It writes
// the store directly: SQLite in WAL mode lets it run beside `serve`.
func withWidgetAdmin(ctx context.Context, e *env, fn func(*web.WidgetAdmin) error) error {
	cfg, err := e.config()
	if err != nil {
		return err
	}
	secret, err := loadWidgetSecret(cfg, e.log)
	if err != nil {
		return err
	}
	st, err := store.OpenWith(ctx, storeDSN(cfg), store.Options{Logger: e.log})
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(&web.WidgetAdmin{Store: st, Secret: secret, PublicURL: cfg.Server.PublicURL})
}

func widgetCreate(ctx context.Context, a *web.WidgetAdmin, opts widgetCreateOptions, out io.Writer) error {
	created, k, err := a.Create(ctx, opts.Spec)
	var se *web.WidgetSpecError
	if errors.As(err, &se) {
		if se.Field == "filter" {
			return usagef("widget create: --filter %s: %s", se.Param, se.Message)
		}
		return usagef("widget create: --%s: %s", se.Field, se.Message)
	}
	if err != nil {
		return err
	}
	if opts.JSON {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(created)
	}
	fmt.Fprintf(out, "key:      %s\nname:     %s\norigins:  %s\npresets:  %s\nexpires:  %s\n\nPaste these two lines where the search should appear:\n\n%s\n",
		created.Key, k.Name, strings.Join(k.Origins, " "), presetsText(k.Presets), expiryText(k.ExpiresAt), created.Snippet)
	return nil
}

func presetsText(p url.Values) string {
	if len(p) == 0 {
		return "(none)"
	}
	s, _ := url.QueryUnescape(p.Encode())
	return s
}

func expiryText(t *time.Time) string {
	if t == nil {
		return "never"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

func widgetList(ctx context.Context, a *web.WidgetAdmin, asJSON bool, out io.Writer) error {
	list, err := a.List(ctx)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "KEY\tNAME\tSTATUS\tORIGINS\tPRESETS\tEXPIRES")
	for _, k := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", k.Key, k.Name, k.Status, strings.Join(k.Origins, " "), presetsText(k.Presets), expiryText(k.ExpiresAt))
	}
	return tw.Flush()
}

func widgetRevoke(ctx context.Context, a *web.WidgetAdmin, key string, out io.Writer) error {
	info, err := a.Revoke(ctx, key)
	if errors.Is(err, web.ErrUnknownKey) {
		return usagef("widget revoke: no such key %q (see gigscout widget list)", key)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "revoked %s (%s) at %s\n", info.Key, info.Name, info.RevokedAt.UTC().Format("2006-01-02 15:04 UTC"))
	return nil
}
