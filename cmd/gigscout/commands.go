package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/gigscout/gigscout/config"
	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/demo"
	"github.com/gigscout/gigscout/internal/store"
	"github.com/gigscout/gigscout/internal/web"
)

// crawlSummary is one source's line of `gigscout crawl`.
type crawlSummary struct {
	Source     string   `json:"source"`
	Kind       string   `json:"kind"`
	Status     string   `json:"status"`
	Fetched    int      `json:"fetched"`
	New        int      `json:"new"`
	Updated    int      `json:"updated"`
	Unchanged  int      `json:"unchanged"`
	Closed     int      `json:"closed"`
	Flagged    int      `json:"flagged"`
	Errors     int      `json:"errors"`
	DurationMS int64    `json:"duration_ms"`
	Error      string   `json:"error,omitempty"`
	Notes      []string `json:"notes,omitempty"`
}

func summarize(r *crawler.Run) crawlSummary {
	s := crawlSummary{Source: r.Source, Kind: r.Kind, Status: string(r.Status), Fetched: r.Fetched, New: r.New,
		Updated: r.Updated, Unchanged: r.Unchanged, Closed: r.Closed, Flagged: r.Flagged, Errors: r.Errors,
		DurationMS: r.Duration.Milliseconds(), Notes: r.Notes}
	if len(r.ErrorTexts) > 0 {
		s.Error = strings.Join(r.ErrorTexts, "; ")
	}
	return s
}

// crawlOptions are the flags and arguments of `gigscout crawl`.
type crawlOptions struct {
	JSON    bool
	Sources []string
}

// crawl runs `gigscout crawl`.
func crawl(ctx context.Context, o crawlOptions, e *env) error {
	stopProfile, err := startCPUProfile(e)
	if err != nil {
		return err
	}
	defer stopProfile()
	defer tuneCrawlGC(e.getenv)()
	cfg, err := e.config()
	if err != nil {
		return err
	}
	server := serverURL(ctx, cfg, e)
	m, err := Open(ctx, cfg, e.log, OpenOptions{Index: server == "", IndexOptional: true, Command: "crawl"})
	if err != nil {
		return err
	}
	defer m.Close()
	if server != "" {
		e.log.Info("a server is running; it will index this crawl", "server", server)
	}
	if m.IndexNote != "" {
		fmt.Fprintln(e.stderr, "gigscout:", m.IndexNote)
	}
	bar := newProgress(e, !o.JSON)
	runs, err := m.Crawl(ctx, o.Sources, bar.update)
	bar.done()
	writeHeapProfile(e)
	if err != nil {
		return err
	}
	return printRuns(e.stdout, runs, o.JSON)
}

// printRuns prints the summaries and fails (exit 1) only if every source failed.
func printRuns(w io.Writer, runs []*crawler.Run, asJSON bool) error {
	sums := make([]crawlSummary, len(runs))
	failed := 0
	for i, r := range runs {
		sums[i] = summarize(r)
		if r.Status == crawler.StatusFailed {
			failed++
		}
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sums); err != nil {
			return err
		}
	} else {
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "SOURCE\tSTATUS\tFETCHED\tNEW\tUPDATED\tUNCHANGED\tCLOSED\tFLAGGED\tERRORS\tDURATION")
		for _, s := range sums {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", s.Source, s.Status, s.Fetched, s.New, s.Updated,
				s.Unchanged, s.Closed, s.Flagged, s.Errors, (time.Duration(s.DurationMS) * time.Millisecond).String())
		}
		tw.Flush()
		for _, s := range sums {
			if s.Error != "" {
				fmt.Fprintf(w, "%s: %s\n", s.Source, s.Error)
			}
		}
	}
	if len(runs) > 0 && failed == len(runs) {
		return &exitError{code: 1, msg: "every source failed"}
	}
	return nil
}

// serverURL returns the base URL of the gigscout server of cfg's data
// directory answering at server.addr, or "" when none does (see ownServer);
// a server of another data directory is noted on stderr and not used.
func serverURL(ctx context.Context, cfg *config.Config, e *env) string {
	base, note := ownServer(ctx, cfg)
	if note != "" {
		fmt.Fprintln(e.stderr, "gigscout:", note)
	}
	return base
}

// checkFilters is the usage error for a --filter value that is not KEY=VALUE.
func checkFilters(cmd string, filters []string) error {
	for _, f := range filters {
		if !strings.Contains(f, "=") {
			return usagef("%s: invalid value %q for flag --filter: want KEY=VALUE, got %q", cmd, f, f)
		}
	}
	return nil
}

// searchOptions are the flags and arguments of `gigscout search`.
type searchOptions struct {
	JSON     bool
	Limit    int
	LimitSet bool // --limit was given (else a filter's limit, or 20)
	Filters  []string
	Query    []string
}

// search runs `gigscout search`.
func search(ctx context.Context, o searchOptions, e *env) error {
	if err := checkFilters("search", o.Filters); err != nil {
		return err
	}
	params := url.Values{}
	if q := strings.TrimSpace(strings.Join(o.Query, " ")); q != "" {
		params.Set("q", q)
	}
	for _, f := range o.Filters {
		k, v, _ := strings.Cut(f, "=")
		params.Add(strings.TrimSpace(k), strings.TrimSpace(v))
	}
	if o.LimitSet || !params.Has("limit") {
		params.Set("limit", fmt.Sprint(o.Limit))
	}
	cfg, err := e.config()
	if err != nil {
		return err
	}
	var res *web.SearchResponse
	if base := serverURL(ctx, cfg, e); base != "" {
		res, err = remoteSearch(ctx, base, params)
	} else {
		res, err = localSearch(ctx, cfg, e, params)
	}
	if err != nil {
		return err
	}
	if o.JSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	}
	printResults(e.stdout, res)
	return nil
}

func remoteSearch(ctx context.Context, base string, params url.Values) (*web.SearchResponse, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/v1/search?"+params.Encode(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error struct{ Message string } `json:"error"`
		}
		json.Unmarshal(body, &e)
		if resp.StatusCode == http.StatusBadRequest {
			return nil, usagef("search: %s", e.Error.Message)
		}
		return nil, fmt.Errorf("search: server answered %s: %s", resp.Status, e.Error.Message)
	}
	var res web.SearchResponse
	if err := json.Unmarshal(body, &res); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return &res, nil
}

func localSearch(ctx context.Context, cfg *config.Config, e *env, params url.Values) (*web.SearchResponse, error) {
	params, err := strictParams(params)
	if err != nil {
		return nil, err
	}
	q, warnings, err := web.ParseSearch(params, time.Now())
	if err != nil {
		var pe *web.ParamError
		if errors.As(err, &pe) {
			return nil, usagef("search: %s", pe.Message)
		}
		return nil, err
	}
	m, err := Open(ctx, cfg, e.log, OpenOptions{Index: true, Command: "search"})
	if err != nil {
		return nil, err
	}
	defer m.Close()
	if _, err := m.CatchUp(ctx); err != nil {
		return nil, err
	}
	res, err := (&web.Searcher{Index: m.Index, Store: m.Store}).Search(ctx, q, warnings)
	if errors.Is(err, index.ErrBadCursor) {
		return nil, usagef("search: cursor is invalid or was made for another sort")
	}
	return res, err
}

func printResults(w io.Writer, res *web.SearchResponse) {
	fmt.Fprintln(w, countListings(res.Meta.Total))
	for _, r := range res.Data {
		fmt.Fprintf(w, "\n%s — %s\n", r.Title, r.Company)
		var bits []string
		bits = append(bits, string(r.Remote))
		if r.Pay != nil {
			bits = append(bits, r.Pay.Display())
		} else if r.Unpaid {
			bits = append(bits, "unpaid")
		}
		bits = append(bits, "risk "+string(r.Risk))
		fmt.Fprintf(w, "  %s\n  %s\n", strings.Join(bits, " · "), r.URL)
		for _, f := range r.Flags {
			fmt.Fprintf(w, "  ! %s: %s\n", f.ID, f.Reason)
		}
	}
	for _, warn := range res.Meta.Warnings {
		fmt.Fprintln(w, "warning:", warn)
	}
	if res.Meta.NextCursor != "" {
		fmt.Fprintf(w, "\nmore: --filter cursor=%s\n", res.Meta.NextCursor)
	}
}

// reindex runs `gigscout reindex`.
func reindex(ctx context.Context, e *env) error {
	cfg, err := e.config()
	if err != nil {
		return err
	}
	if base := serverURL(ctx, cfg, e); base != "" {
		fmt.Fprintf(e.stderr, "reindexing in the server running at %s ...\n", base)
		return remoteReindex(ctx, base, e.stdout)
	}
	m, err := Open(ctx, cfg, e.log, OpenOptions{Index: true, Command: "reindex"})
	if err != nil {
		return err
	}
	defer m.Close()
	all, open, err := m.Store.Count(ctx)
	if err != nil {
		return err
	}
	start := time.Now()
	n, err := m.Index.Rebuild(ctx, m.Store, func(n int) {
		fmt.Fprintf(e.stderr, "\rreindexing: %d of %d changes", n, all)
	})
	fmt.Fprintln(e.stderr)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "reindexed %d listings (%d open) in %s\n", n, open, time.Since(start).Round(time.Millisecond))
	return nil
}

// remoteReindex asks the running server, which owns the index, to rebuild it.
func remoteReindex(ctx context.Context, base string, out io.Writer) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/admin/reindex", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	defer resp.Body.Close()
	var body struct {
		Reindexed int   `json:"reindexed"`
		TookMS    int64 `json:"took_ms"`
		Error     struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&body); err != nil {
		return fmt.Errorf("reindex: server answered %s", resp.Status)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("reindex: server answered %s: %s", resp.Status, body.Error.Message)
	}
	fmt.Fprintf(out, "reindexed %d listings in %s\n", body.Reindexed, time.Duration(body.TookMS)*time.Millisecond)
	return nil
}

// sources runs `gigscout sources`.
func sources(ctx context.Context, asJSON bool, e *env) error {
	cfg, err := e.config()
	if err != nil {
		return err
	}
	st, err := store.OpenWith(ctx, storeDSN(cfg), store.Options{Logger: e.log})
	if err != nil {
		return err
	}
	defer st.Close()
	var infos []web.SourceInfo
	for _, cs := range cfg.Sources {
		s, err := st.SourceStat(ctx, cs.Name)
		if err != nil {
			return err
		}
		infos = append(infos, web.SourceInfo{Name: cs.Name, Kind: cs.Kind, Schedule: cs.Schedule, SourceStat: s})
	}
	if asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(infos)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tKIND\tSCHEDULE\tLAST RUN\tLAST SUCCESS\tLISTINGS\tYIELD\tLAST ERROR")
	for _, in := range infos {
		lastRun, lastOK := "never", "never"
		if in.LastRun != nil {
			lastRun = in.LastRun.StartedAt.Local().Format("2006-01-02 15:04") + " " + in.LastRun.Status
		}
		if in.LastSuccess != nil {
			lastOK = in.LastSuccess.StartedAt.Local().Format("2006-01-02 15:04")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\n", in.Name, in.Kind, in.Schedule, lastRun, lastOK, in.Listings, in.Yield, oneLine(in.LastError))
	}
	return tw.Flush()
}

// runDemo runs `gigscout demo`.
func runDemo(ctx context.Context, e *env) error {
	var cfg *config.Config
	var err error
	if e.configPath != "" {
		cfg, err = e.config()
	} else {
		cfg, err = config.LoadData(config.Demo, "embedded demo.yaml", e.getenv)
		if err != nil {
			err = &configError{err}
		} else if e.dataDir != "" {
			cfg.DataDir = e.dataDir
		}
	}
	if err != nil {
		return err
	}
	boards, err := demo.Start("127.0.0.1:0")
	if err != nil {
		return err
	}
	defer boards.Close()
	for i := range cfg.Sources {
		if cfg.Sources[i].BaseURL == "" {
			cfg.Sources[i].BaseURL = boards.URL()
		}
	}
	fmt.Fprintf(e.stderr, "gigscout demo: sample boards on %s\n", boards.URL())
	catcher, err := demoMail(cfg, boards)
	if err != nil {
		return err
	}
	defer catcher.Close()
	fmt.Fprintf(e.stderr, "gigscout demo: e-mail is caught by an SMTP server on %s: read it at %s/mail\n", catcher.Addr(), boards.URL())
	m, err := Open(ctx, cfg, e.log, OpenOptions{Index: true, Command: "demo"})
	if err != nil {
		return err
	}
	defer m.Close()
	runs, err := m.Crawl(ctx, nil, nil)
	if err != nil {
		return err
	}
	if err := printRuns(e.stderr, runs, false); err != nil {
		return err
	}
	if err := m.Run(ctx); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "gigscout demo: open http://%s/ — try http://%s/api/v1/search?q=data (Ctrl-C to stop)\n", m.Addr(), m.Addr())
	<-ctx.Done()
	return m.Close()
}

// runFlags runs `gigscout flags`.
func runFlags(o flagsOptions, e *env) error {
	cfg, err := e.config()
	if err != nil {
		return err
	}
	eng, err := newEngine(cfg)
	if err != nil {
		return &configError{err}
	}
	if code := flagsRun(o, e.stdin, e.stdout, e.stderr, eng, normalizeOptions(cfg)); code != 0 {
		return &exitError{code: code}
	}
	return nil
}
