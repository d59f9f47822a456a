package main

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/alecthomas/kong"

	"github.com/gigscout/gigscout/internal/web"
)

// cli is the command line, parsed by kong. Each command is a struct of
// its flags and arguments whose Run method hands them to the function
// doing the work (commands.go, digest.go, widget.go, flags.go). A new
// command adds a field here, and its usage, summary and examples to
// commandHelp (help.go).
type cli struct {
	Config string `name:"config" placeholder:"FILE" help:"the configuration (default config/gigscout.yaml, env GIGSCOUT_CONFIG)"`
	Data   string `name:"data" placeholder:"DIR" help:"the data directory (overrides data_dir)"`

	Serve      serveCmd      `cmd:"" help:"the HTTP server and the crawl schedules"`
	Crawl      crawlCmd      `cmd:"" help:"crawl the named sources (or all) once now"`
	Search     searchCmd     `cmd:"" help:"search the listings as the API does"`
	Flags      flagsCmd      `cmd:"" help:"explain the red flags of listings given as JSON Lines"`
	Reindex    reindexCmd    `cmd:"" help:"rebuild the search index from the database"`
	Sources    sourcesCmd    `cmd:"" help:"each source's health"`
	Widget     widgetCmd     `cmd:"" help:"career-office widget keys: locked filters, allowed websites"`
	Digest     digestCmd     `cmd:"" help:"send the digest e-mails that are due now, or show the subscriptions"`
	Demo       demoCmd       `cmd:"" help:"serve sample boards on 127.0.0.1, crawl them, serve the UI"`
	Worker     workerCmd     `cmd:"" help:"take crawl jobs from the shared queue (PostgreSQL store)"`
	Version    versionCmd    `cmd:"" help:"print the version"`
	Completion completionCmd `cmd:"" help:"print a shell completion script"`

	MigrateStore migrateStoreCmd `cmd:"" name:"migrate-store" help:"copy a store to another (SQLite to PostgreSQL), verified by row counts"`
}

type serveCmd struct {
	Role string `name:"role" default:"all" placeholder:"ROLE" help:"all (HTTP, index, crawls, digests), search (HTTP and an index tailing the store) or worker (crawl jobs; PostgreSQL store)"`
}

func (c *serveCmd) Run(ctx context.Context, e *env) error {
	return serveRole(ctx, serveOptions{Role: c.Role}, e)
}

type workerCmd struct {
	Listen string `name:"listen" placeholder:"ADDR" help:"serve /healthz, /readyz and /metrics on ADDR (host:port; default none)"`
}

func (c *workerCmd) Run(ctx context.Context, e *env) error {
	return runWorker(ctx, workerOptions{Listen: c.Listen}, e)
}

type crawlCmd struct {
	JSON    bool     `name:"json" help:"print a JSON array of the run summaries"`
	Sources []string `arg:"" optional:"" name:"source" help:"the sources to crawl (default all)"`
}

func (c *crawlCmd) Run(ctx context.Context, e *env) error {
	return crawl(ctx, crawlOptions{JSON: c.JSON, Sources: c.Sources}, e)
}

type searchCmd struct {
	JSON   bool     `name:"json" help:"print the API's response body"`
	Limit  limitArg `name:"limit" placeholder:"N" help:"results per page (1-100, default 20)"`
	Filter []string `name:"filter" sep:"none" placeholder:"KEY=VALUE" help:"a search filter KEY=VALUE (repeatable), as in the API: remote=remote, paid=true, ..."`
	Query  []string `arg:"" optional:"" name:"query" help:"the search words"`
}

func (c *searchCmd) Run(ctx context.Context, e *env) error {
	o := searchOptions{JSON: c.JSON, Limit: 20, Filters: c.Filter, Query: c.Query}
	if c.Limit.set {
		o.Limit, o.LimitSet = c.Limit.n, true
	}
	return search(ctx, o, e)
}

// limitArg is an int flag that knows whether it was given.
type limitArg struct {
	n   int
	set bool
}

func (l *limitArg) Decode(ctx *kong.DecodeContext) error {
	var s string
	if err := ctx.Scan.PopValueInto("value", &s); err != nil {
		return err
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("invalid value %q for flag --%s: parse error", s, ctx.Value.Name)
	}
	l.n, l.set = n, true
	return nil
}

type flagsCmd struct {
	JSON bool     `name:"json" help:"print one JSON object per listing: the whole normalized listing (id, risk, flags, pay, hours, remote, remote_regions, type, ...)"`
	File []string `arg:"" optional:"" name:"file" help:"JSON Lines of listings (default or -: standard input)"`
}

func (c *flagsCmd) options() (*flagsOptions, error) {
	if len(c.File) > 1 {
		return nil, usagef("flags: expected at most one FILE, got %d arguments (see gigscout flags --help)", len(c.File))
	}
	o := &flagsOptions{JSON: c.JSON}
	if len(c.File) == 1 {
		o.File = c.File[0]
	}
	return o, nil
}

func (c *flagsCmd) Run(e *env) error {
	o, err := c.options()
	if err != nil {
		return err
	}
	return runFlags(*o, e)
}

type reindexCmd struct{}

func (reindexCmd) Run(ctx context.Context, e *env) error { return reindex(ctx, e) }

type sourcesCmd struct {
	JSON bool `name:"json" help:"print JSON"`
}

func (c *sourcesCmd) Run(ctx context.Context, e *env) error { return sources(ctx, c.JSON, e) }

type widgetCmd struct {
	Create widgetCreateCmd `cmd:"" help:"make a widget key"`
	List   widgetListCmd   `cmd:"" help:"list the widget keys"`
	Revoke widgetRevokeCmd `cmd:"" help:"revoke a widget key"`
}

type widgetCreateCmd struct {
	Name    string   `name:"name" placeholder:"NAME" help:"who the key is for (the career office)"`
	Origin  []string `name:"origin" sep:"none" placeholder:"URL" help:"a website allowed to show the widget, like https://careers.example.edu (repeatable)"`
	Filter  []string `name:"filter" sep:"none" placeholder:"KEY=VALUE" help:"a locked search filter KEY=VALUE (repeatable), as in the API: paid=true, min_hourly_usd=20, region=US, type=project,internship"`
	Expires string   `name:"expires" default:"365d" placeholder:"EXPIRY" help:"how long the key works: 365d, 720h or never"`
	JSON    bool     `name:"json" help:"print {\"key\",\"snippet\",\"expires_at\"}"`
}

func (c *widgetCreateCmd) Run(ctx context.Context, e *env) error {
	opts, err := newWidgetCreateOptions(c.Name, c.Origin, c.Filter, c.Expires, c.JSON)
	if err != nil {
		return err
	}
	return withWidgetAdmin(ctx, e, func(a *web.WidgetAdmin) error { return widgetCreate(ctx, a, opts, e.stdout) })
}

type widgetListCmd struct {
	JSON bool `name:"json" help:"print a JSON array of the keys"`
}

func (c *widgetListCmd) Run(ctx context.Context, e *env) error {
	return withWidgetAdmin(ctx, e, func(a *web.WidgetAdmin) error { return widgetList(ctx, a, c.JSON, e.stdout) })
}

type widgetRevokeCmd struct {
	Key []string `arg:"" optional:"" name:"key" help:"the key to revoke"`
}

func (c *widgetRevokeCmd) Run(ctx context.Context, e *env) error {
	if len(c.Key) != 1 {
		return usagef("widget revoke: want exactly one KEY\n%s", widgetUsage)
	}
	return withWidgetAdmin(ctx, e, func(a *web.WidgetAdmin) error { return widgetRevoke(ctx, a, c.Key[0], e.stdout) })
}

type digestCmd struct {
	Run    digestRunCmd    `cmd:"" help:"send the digest e-mails that are due now (or print them)"`
	Status digestStatusCmd `cmd:"" help:"subscriptions (addresses masked), last sent, next due, failures"`
}

type digestRunCmd struct {
	DryRun bool `name:"dry-run" help:"print what is due without sending or recording anything"`
	JSON   bool `name:"json" help:"print JSON"`
}

func (c *digestRunCmd) Run(ctx context.Context, e *env) error {
	cfg, err := e.config()
	if err != nil {
		return err
	}
	return digestRun(ctx, cfg, e, digestRunOptions{DryRun: c.DryRun, JSON: c.JSON})
}

type digestStatusCmd struct {
	JSON bool `name:"json" help:"print JSON"`
}

func (c *digestStatusCmd) Run(ctx context.Context, e *env) error {
	return printDigestStatus(ctx, c.JSON, e)
}

type demoCmd struct{}

func (demoCmd) Run(ctx context.Context, e *env) error { return runDemo(ctx, e) }

type versionCmd struct{}

func (versionCmd) Run(e *env) error {
	_, err := fmt.Fprintln(e.stdout, "gigscout", version)
	return err
}

type completionCmd struct {
	Shell []string `arg:"" optional:"" name:"shell" help:"bash or zsh"`
}

func (c *completionCmd) Run(k *kong.Kong, e *env) error {
	if len(c.Shell) != 1 || (c.Shell[0] != "bash" && c.Shell[0] != "zsh") {
		return usagef("completion: want one shell, bash or zsh (e.g. source <(gigscout completion bash))")
	}
	return completion(c.Shell[0], k.Model.Node, e)
}

// kongExit is how kong's exit (after --help) leaves Parse.
type kongExit struct{ code int }

// newParser is the kong parser of the command line, printing help (in
// our form, with examples) to e.stderr.
func newParser(c *cli, e *env) (*kong.Kong, error) {
	return kong.New(c,
		kong.Name("gigscout"),
		kong.Writers(e.stdout, e.stderr),
		kong.Exit(func(code int) { panic(kongExit{code}) }),
		kong.Help(func(_ kong.HelpOptions, ctx *kong.Context) error {
			printHelp(e.stderr, ctx.Selected())
			return nil
		}),
	)
}

// parseArgs parses args with kong; exited is true after --help (err is
// then nil: exit code 0).
func parseArgs(k *kong.Kong, args []string) (kctx *kong.Context, exited bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			ke, ok := r.(kongExit)
			if !ok {
				panic(r)
			}
			kctx, exited, err = nil, true, nil
			if ke.code != 0 {
				err = &exitError{code: ke.code}
			}
		}
	}()
	kctx, err = k.Parse(singleDash(args))
	if err != nil {
		return nil, false, translate(err)
	}
	return kctx, false, nil
}

// reOneDash is a long flag written with one dash, as the flag package
// took them (-json, -config=x).
var reOneDash = regexp.MustCompile(`^-[A-Za-z][\w-]+(=.*)?$`)

// singleDash turns -name into --name (gigscout has no short flags), up to
// a "--".
func singleDash(args []string) []string {
	out := make([]string, len(args))
	done := false
	for i, a := range args {
		if a == "--" {
			done = true
		}
		if !done && reOneDash.MatchString(a) {
			a = "-" + a
		}
		out[i] = a
	}
	return out
}

var (
	reUnknownFlag = regexp.MustCompile(`^unknown flag (--?[\w-]+)(.*)$`)
	reNeedsValue  = regexp.MustCompile(`^(--[\w-]+)(?:=[A-Z-]+)?: expected .* (?:value|got) .*EOL`)
	reBadValue    = regexp.MustCompile(`^(--[\w-]+)(?:=[A-Z-]+)?: (invalid value .*)$`)
	reUnexpected  = regexp.MustCompile(`^unexpected argument ([^,]+)`)
)

// translate turns kong's parse error into ours: a usage error (exit 2),
// flags in --name form, printed once by exitCode.
func translate(err error) error {
	pe, ok := err.(*kong.ParseError)
	if !ok {
		return err
	}
	msg := pe.Unwrap().Error()
	var node *kong.Node
	if pe.Context != nil {
		node = pe.Context.Selected()
	}
	if node == nil {
		if m := reUnexpected.FindStringSubmatch(msg); m != nil {
			cmd := m[1]
			if dm := didYouMean(cmd, commandNames); dm != "" {
				return usagef("unknown command %q (did you mean %q?)\n\n%s", cmd, dm, usage)
			}
			return usagef("unknown command %q\n\n%s", cmd, usage)
		}
		if strings.HasPrefix(msg, "expected one of") {
			return usagef("no command given\n\n%s", usage)
		}
	}
	name := ""
	if node != nil {
		name = node.Path()
	}
	if node != nil && len(node.Children) > 0 {
		group := groupUsage[name]
		if m := reUnexpected.FindStringSubmatch(msg); m != nil {
			return usagef("%s: unknown subcommand %q\n%s", name, m[1], group)
		}
		if strings.HasPrefix(msg, "expected one of") {
			return usagef("%s: want a subcommand\n%s", name, group)
		}
	}
	if m := reUnknownFlag.FindStringSubmatch(msg); m != nil {
		msg = "flag provided but not defined: " + m[1] + m[2]
	} else if m := reNeedsValue.FindStringSubmatch(msg); m != nil {
		msg = "flag " + m[1] + " needs a value"
	} else if m := reBadValue.FindStringSubmatch(msg); m != nil {
		msg = m[2]
	}
	if name == "" {
		return usagef("%s (see gigscout --help)", msg)
	}
	return usagef("%s: %s (see gigscout %s --help)", name, msg, name)
}

// commandNames are the commands, for did-you-mean: those of the kong model.
var commandNames = func() []string {
	k, err := newParser(&cli{}, &env{})
	if err != nil {
		panic(err)
	}
	var out []string
	for _, n := range k.Model.Children {
		out = append(out, n.Name)
	}
	sort.Strings(out) // ties in did-you-mean go the same way every run
	return out
}()
