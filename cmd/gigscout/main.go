// Command gigscout finds remote, project-based work for students across
// public job boards and career pages, and says which listings to distrust.
//
// Exit codes: 0 ok, 1 runtime failure, 2 usage or configuration error.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/gigscout/gigscout/config"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

const usage = `usage: gigscout COMMAND [--config FILE] [--data DIR] [ARGS]

commands:
  serve [--role all|search|worker]
                        the HTTP server and the crawl schedules
  crawl [--json] [SOURCE...]
                        crawl the named sources (or all) once now
  search [--json] [--limit N] [--filter KEY=VALUE]... QUERY
                        search the listings as the API does
  flags [--json] [FILE|-]
                        explain the red flags of listings given as JSON Lines
  reindex               rebuild the search index from the database
  sources [--json]      each source's health
  widget create --name NAME --origin URL [--origin URL]... [--filter KEY=VALUE]... [--expires 365d] [--json]
  widget list [--json] | widget revoke KEY
                        career-office widget keys: locked filters, allowed websites
  digest run [--dry-run] [--json]
                        send the digest e-mails that are due now (or print them)
  digest status [--json]
                        subscriptions (addresses masked), last sent, next due, failures
  worker [--listen ADDR]
                        take crawl jobs from the shared queue (PostgreSQL store)
  demo                  serve sample boards on 127.0.0.1, crawl them, serve the UI
  version               print the version
  completion bash|zsh   print a shell completion script (source <(gigscout completion bash))
  migrate-store --from DSN --to DSN
                        copy a store to another (sqlite:PATH, postgres://...), verified by row counts

Global flags go before or after the command; every command takes --help.

--config defaults to config/gigscout.yaml (env GIGSCOUT_CONFIG), or the
embedded default configuration when that file does not exist.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// usageError is a command-line mistake: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// env is what every command gets.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	configPath     string
	dataDir        string
	log            *slog.Logger
}

// run runs one command and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: logLevel(getenv)}))}
	var c cli
	k, err := newParser(&c, e)
	if err != nil {
		return exitCode(err, stderr)
	}
	// --config and --data may stand before or after the command (kong's
	// root flags): gigscout --config x serve.
	kctx, exited, err := parseArgs(k, args)
	if exited || err != nil {
		return exitCode(err, stderr)
	}
	e.configPath, e.dataDir = c.Config, c.Data
	if e.configPath == "" {
		e.configPath = getenv("GIGSCOUT_CONFIG")
	}
	kctx.BindTo(ctx, (*context.Context)(nil))
	return exitCode(kctx.Run(e), stderr)
}

// config loads the configuration with --data applied.
func (e *env) config() (*config.Config, error) {
	cfg, err := config.Load(e.configPath, e.getenv)
	if err != nil {
		return nil, &configError{err}
	}
	if e.dataDir != "" {
		cfg.DataDir = e.dataDir
	}
	return cfg, nil
}

// configError is a bad configuration: exit code 2.
type configError struct{ err error }

func (e *configError) Error() string {
	if msg := e.err.Error(); !strings.HasPrefix(msg, "config: ") {
		return "config: " + msg
	}
	return e.err.Error()
}
func (e *configError) Unwrap() error { return e.err }

// exitError carries an exit code with a message already printed (or none).
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func exitCode(err error, stderr io.Writer) int {
	var ue *usageError
	var ce *configError
	var ee *exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		if ee.msg != "" {
			fmt.Fprintln(stderr, "gigscout:", ee.msg)
		}
		return ee.code
	case errors.As(err, &ue), errors.As(err, &ce):
		fmt.Fprintln(stderr, "gigscout:", err)
		return 2
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "gigscout: interrupted")
		return 1
	}
	fmt.Fprintln(stderr, "gigscout:", err)
	return 1
}

func logLevel(getenv func(string) string) slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(getenv("GIGSCOUT_LOG_LEVEL"))); err != nil {
		return slog.LevelInfo
	}
	return l
}

// countListings is "1 listing" or "N listings".
func countListings(n uint64) string {
	if n == 1 {
		return "1 listing"
	}
	return fmt.Sprintf("%d listings", n)
}
