package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/gigscout/gigscout/config"
	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/demo"
	"github.com/gigscout/gigscout/internal/digest"
	"github.com/gigscout/gigscout/internal/store"
	"github.com/gigscout/gigscout/internal/web"
)

// parseSearch is web.ParseSearch as the digests need it (warnings dropped).
func parseSearch(v url.Values, now time.Time) (index.Query, error) {
	q, _, err := web.ParseSearch(v, now)
	return q, err
}

// newDigest builds the digest service from cfg.Digest. idx may be nil
// (another process owns the index): subscribing works, sending does not.
func newDigest(ctx context.Context, cfg *config.Config, st store.Store, idx *index.Index, reg prometheus.Registerer,
	log *slog.Logger, oo OpenOptions) (*digest.Service, error) {
	getenv := oo.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	d := cfg.Digest
	sender, err := digest.NewSMTPSender(digest.SMTPOptions{Host: d.SMTP.Host, Port: d.SMTP.Port, Username: d.SMTP.Username,
		Password: getenv(d.SMTP.PasswordEnv), TLS: d.SMTP.TLS, Timeout: time.Duration(d.SMTP.Timeout)})
	if err != nil {
		return nil, &configError{err}
	}
	opts := digest.Options{Store: st, Parse: parseSearch, Sender: sender, From: d.From,
		PublicURL: strings.TrimRight(cfg.Server.PublicURL, "/"), MaxListings: d.MaxListings, SendEmpty: d.SendEmpty, FirstDigestNow: d.FirstDigestNow,
		Registerer: reg, Logger: log, Now: oo.Now}
	if idx != nil {
		opts.Index = idx
	}
	return digest.New(ctx, opts)
}

// digestJob is the digest.schedule job of serve.
func (m *Main) digestJob(ctx context.Context) {
	res, err := m.Digest.Run(ctx, digest.RunOptions{})
	sent := 0
	for _, r := range res {
		if r.Status == "sent" || r.Status == "resent" {
			sent++
		}
	}
	if err != nil {
		m.Logger.Warn("digest run had failures", "digests", len(res), "sent", sent, "error", err)
		return
	}
	m.Logger.Info("digest run", "digests", len(res), "sent", sent)
}

// digestRunOptions are the flags of `gigscout digest run`.
type digestRunOptions struct {
	DryRun, JSON bool
}

// digestRun sends (or with DryRun prints) the digests that are due now.
// A running server owns the index: it is asked to do the run.
func digestRun(ctx context.Context, cfg *config.Config, e *env, o digestRunOptions) error {
	var res []digest.Result
	var runErr error
	if base := serverURL(ctx, cfg, e); base != "" {
		fmt.Fprintf(e.stderr, "running the digests in the server at %s ...\n", base)
		var failed string
		var err error
		if res, failed, err = remoteDigestRun(ctx, base, o.DryRun); err != nil {
			return err
		}
		if failed != "" {
			runErr = errors.New(failed)
		}
	} else {
		m, err := Open(ctx, cfg, e.log, OpenOptions{Index: true, Getenv: e.getenv})
		if err != nil {
			return err
		}
		defer m.Close()
		if _, err := m.CatchUp(ctx); err != nil {
			return err
		}
		res, runErr = m.Digest.Run(ctx, digest.RunOptions{DryRun: o.DryRun})
	}
	if res == nil {
		res = []digest.Result{}
	}
	if o.JSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return err
		}
	} else {
		printDigestResults(e.stdout, res, o.DryRun)
	}
	if runErr != nil {
		return &exitError{code: 1, msg: "some digests failed: " + runErr.Error()}
	}
	return nil
}

// runDigests serves POST /admin/digests/run.
func (m *Main) runDigests(ctx context.Context, dryRun bool) (any, error) {
	res, err := m.Digest.Run(ctx, digest.RunOptions{DryRun: dryRun})
	if res == nil {
		res = []digest.Result{}
	}
	return res, err
}

// remoteDigestRun asks the running server to run the digests; failed
// describes the digests that failed.
func remoteDigestRun(ctx context.Context, base string, dry bool) (res []digest.Result, failed string, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/admin/digests/run?dry_run="+strconv.FormatBool(dry), nil)
	if err != nil {
		return nil, "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, "", fmt.Errorf("digest run: %w", err)
	}
	defer resp.Body.Close()
	var body struct {
		Data   []digest.Result `json:"data"`
		Failed string          `json:"failed"`
		Error  struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<20)).Decode(&body); err != nil {
		return nil, "", fmt.Errorf("digest run: server answered %s", resp.Status)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("digest run: server answered %s: %s", resp.Status, body.Error.Message)
	}
	return body.Data, body.Failed, nil
}

func printDigestResults(w io.Writer, res []digest.Result, dry bool) {
	if len(res) == 0 {
		fmt.Fprintln(w, "no digest is due")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SUBSCRIPTION\tTO\tSTATUS\tLISTINGS\tTOTAL\tMESSAGE-ID\tERROR")
	for _, r := range res {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%s\t%s\n", r.Subscription, r.Email, r.Status, r.Listings, r.Total, r.MessageID, r.Error)
	}
	tw.Flush()
	if dry {
		for _, r := range res {
			if r.Message != nil {
				fmt.Fprintf(w, "\n--- subscription %d: %s\n%s", r.Subscription, r.Message.Subject, r.Message.Text)
			}
		}
	}
}

// subscriptionStatus is one line of `gigscout digest status`.
type subscriptionStatus struct {
	ID        int64      `json:"id"`
	Email     string     `json:"email"` // masked
	Query     string     `json:"query"`
	Frequency string     `json:"frequency"`
	Hour      int        `json:"hour"`
	Timezone  string     `json:"timezone"`
	Status    string     `json:"status"`
	Paused    bool       `json:"paused"`
	Confirmed *time.Time `json:"confirmed_at,omitempty"`
	LastSent  *time.Time `json:"last_sent_at,omitempty"`
	NextDue   *time.Time `json:"next_due,omitempty"`
	Pending   bool       `json:"pending_digest"` // a digest written but not yet accepted by the mail server
	Failures  int        `json:"failures"`
	LastError string     `json:"last_error,omitempty"`
}

// printDigestStatus runs `gigscout digest status`.
func printDigestStatus(ctx context.Context, asJSON bool, e *env) error {
	cfg, err := e.config()
	if err != nil {
		return err
	}
	st, err := store.OpenWith(ctx, storeDSN(cfg), store.Options{Logger: e.log})
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := digestStatus(ctx, st, time.Now())
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	}
	if len(list) == 0 {
		fmt.Fprintln(e.stdout, "no subscriptions")
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTO\tSEARCH\tWHEN\tSTATUS\tLAST SENT\tNEXT DUE\tFAILURES\tLAST ERROR")
	tf := func(t *time.Time) string {
		if t == nil {
			return "-"
		}
		return t.Local().Format("2006-01-02 15:04")
	}
	for _, s := range list {
		status := s.Status
		if s.Paused {
			status += " (paused)"
		}
		if s.Pending {
			status += " (digest pending)"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s %02d:00 %s\t%s\t%s\t%s\t%d\t%s\n", s.ID, s.Email, digest.Describe(s.Query), s.Frequency, s.Hour,
			s.Timezone, status, tf(s.LastSent), tf(s.NextDue), s.Failures, s.LastError)
	}
	return tw.Flush()
}

// digestStatus lists the subscriptions with addresses masked.
func digestStatus(ctx context.Context, st store.Store, now time.Time) ([]subscriptionStatus, error) {
	subs, err := st.Subscriptions(ctx)
	if err != nil {
		return nil, err
	}
	out := []subscriptionStatus{}
	for _, s := range subs {
		pending, _, err := st.PendingDigest(ctx, s.ID)
		if err != nil {
			return nil, err
		}
		line := subscriptionStatus{ID: s.ID, Email: digest.MaskEmail(s.Email), Query: s.Query, Frequency: s.Frequency, Hour: s.Hour,
			Timezone: s.Timezone, Status: s.Status, Paused: s.Paused, Confirmed: s.ConfirmedAt, LastSent: s.LastSentAt,
			Pending: pending != nil, Failures: s.Failures, LastError: s.LastError}
		if next := digest.NextDue(s, now); !next.IsZero() {
			line.NextDue = &next
		}
		out = append(out, line)
	}
	return out, nil
}

// demoMail starts the demo's mail catcher, shows it at /mail on the
// sample boards' address and points digest.smtp at it: the demo never
// sends mail anywhere else.
func demoMail(cfg *config.Config, boards *demo.Boards) (*demo.MailCatcher, error) {
	c, err := demo.StartMail("127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	boards.ShowMail(c)
	host, port, _ := net.SplitHostPort(c.Addr())
	cfg.Digest.SMTP.Host, cfg.Digest.SMTP.TLS, cfg.Digest.SMTP.Username = host, "none", ""
	cfg.Digest.SMTP.Port, _ = strconv.Atoi(port)
	return c, nil
}
