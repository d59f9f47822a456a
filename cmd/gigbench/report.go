package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
)

type report struct {
	Opts              options
	Started, Finished time.Time
	Machine           string
	Ingest, Reindex   stage
	Recrawl           stage // the same boards crawled again, unchanged
	SQLiteBytes       int64
	BleveBytes        int64
	BleveReindexBytes int64 // after `reindex` (merged, fresh)
	Search            map[string][2]latency
	ServeRSS          int64
	Bleve, FTS        peerResult
	FTSMissing        string
	Crawl             *crawlResult
}

// crawlMarkdown is the crawl comparison section.
func (r *report) crawlMarkdown() string {
	c := r.Crawl
	if c == nil {
		return ""
	}
	ours, plain := float64(c.Pages)/c.Ours.Seconds(), float64(c.Pages)/c.Plain.Seconds()
	var b strings.Builder
	fmt.Fprintf(&b, "## Crawl throughput: %d JSON-LD career pages on loopback\n\n", c.Pages)
	fmt.Fprintf(&b, "Machine: %s; date %s; commit %s. Our collector (jsonld sources, 1,000-page budget each, 4 at a time, per-host parallelism 4, no delay) against a plain net/http + goquery loop with 4 workers over the same pages.\n\n", r.Machine, r.Started.Format(time.RFC3339), r.Opts.Commit)
	b.WriteString("| | pages/s | fetches | duplicate fetches | postings |\n|---|---|---|---|---|\n")
	fmt.Fprintf(&b, "| gigscout collector | %.0f | %d | %d | %d |\n", ours, c.OursFetches, c.OursDups, c.OursPosts)
	fmt.Fprintf(&b, "| plain net/http + goquery | %.0f | %d | %d | %d |\n", plain, c.Pages, c.PlainDups, c.PlainPost)
	fmt.Fprintf(&b, "\nRatio: %.2fx the plain loop's pages/s (target at least 0.6x) with %d duplicate fetches (target 0).\n", ours/plain, c.OursDups)
	return b.String()
}

func machine() string {
	model := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "model name") {
				model = strings.TrimSpace(strings.SplitN(l, ":", 2)[1])
				break
			}
		}
	}
	load := ""
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		load = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		mem = strings.TrimSpace(strings.TrimPrefix(strings.Split(string(b), "\n")[0], "MemTotal:"))
	}
	return fmt.Sprintf("%s, %d cores, %s RAM, %s %s/%s, load average at start %s", model, runtime.NumCPU(), mem, runtime.Version(), runtime.GOOS, runtime.GOARCH, load)
}

func ms(d time.Duration) string {
	if d == 0 {
		return "-"
	}
	if d < 10*time.Millisecond {
		return fmt.Sprintf("%.1f", float64(d)/1e6)
	}
	return fmt.Sprintf("%.0f", float64(d)/1e6)
}

func kb(b int64, n int) string {
	if b == 0 || n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f KB", float64(b)/float64(n)/1024)
}

func ratio(a, b float64) string {
	if a == 0 || b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2fx", a/b)
}

// rows returns the table: what, gigscout, raw Bleve, FTS5, ratios.
func (r *report) rows() [][]string {
	n := r.Opts.N
	out := [][]string{{"what", "gigscout", "raw Bleve (plain mapping)", "SQLite FTS5", "gigscout / Bleve", "gigscout / FTS5"}}
	in := r.Ingest
	if r.Opts.Direct || r.Opts.Reuse {
		build := "built by an earlier run (-reuse)"
		if r.Opts.Direct && !r.Opts.Reuse {
			build = fmt.Sprintf("%.0f listings/s, %.2f CPU-ms a listing, %.2f cores", in.PerSec(), float64(in.CPUPerListing())/1e6, in.Cores())
		}
		what := "direct build for search (generator, normalize, flags, store.Upsert, one corpus recompute, index.CatchUp; NOT an ingest measure: no crawl)"
		if r.Opts.Fields {
			what = "direct build for search (listings from the generator's fields: no normalize, no flags; store.Upsert, index.CatchUp; NOT an ingest measure)"
		}
		out = append(out, []string{what,
			build, fmt.Sprintf("%.0f docs/s (index only)", r.Bleve.PerSec()), fmt.Sprintf("%.0f docs/s", r.FTS.PerSec()), "", ""})
		out = append(out, []string{"on disk per listing", fmt.Sprintf("SQLite %s + Bleve %s", kb(r.SQLiteBytes, n), kb(r.BleveBytes, n)),
			"Bleve " + kb(r.Bleve.Bytes, n), kb(r.FTS.Bytes, n), "", ""})
		return r.searchRows(out)
	}
	out = append(out, []string{"ingest end to end (fetch, normalize, flags, SQLite, Bleve)",
		fmt.Sprintf("%.0f listings/s, %.2f CPU-ms a listing, %.2f cores (the board server beside it %.2f), peak RSS %d MB, %d of %d stored, %d sources failed",
			in.PerSec(), float64(in.CPUPerListing())/1e6, in.Cores(), in.BenchCores(), in.PeakRSS>>20, in.Listings, n, in.Failed),
		fmt.Sprintf("%.0f docs/s (index only), %.2f CPU-ms a doc", r.Bleve.PerSec(), float64(r.Bleve.IndexCPU)/1e6/float64(max(1, r.Bleve.Docs))),
		fmt.Sprintf("%.0f docs/s, %.2f CPU-ms a doc", r.FTS.PerSec(), float64(r.FTS.IndexCPU)/1e6/float64(max(1, r.FTS.Docs))),
		ratio(in.PerSec(), r.Bleve.PerSec()), ratio(in.PerSec(), r.FTS.PerSec())})
	out = append(out, []string{"`reindex` (index only)", fmt.Sprintf("%.0f listings/s, %.2f cores, peak RSS %d MB", r.Reindex.PerSec(), r.Reindex.Cores(), r.Reindex.PeakRSS>>20),
		"", "", ratio(r.Reindex.PerSec(), r.Bleve.PerSec()), ""})
	if rc := r.Recrawl; rc.Wall > 0 {
		out = append(out, []string{"re-crawl, every posting unchanged (fetch, store's last_seen)",
			fmt.Sprintf("%.0f listings/s, %.2f CPU-ms a listing, %.2f cores, %d of %d unchanged", rc.PerSec(), float64(rc.CPUPerListing())/1e6, rc.Cores(), rc.Listings, n),
			"", "", ratio(rc.PerSec(), r.Bleve.PerSec()), ""})
	}
	out = append(out, []string{"on disk per listing", fmt.Sprintf("SQLite %s + Bleve %s (%s after reindex)", kb(r.SQLiteBytes, n), kb(r.BleveBytes, n), kb(r.BleveReindexBytes, n)),
		"Bleve " + kb(r.Bleve.Bytes, n), kb(r.FTS.Bytes, n), "", ""})
	out = append(out, []string{"crawl fetches (duplicates)", fmt.Sprintf("%d (%d duplicate)", in.Fetches, in.DupFetches), "", "", "", ""})
	return r.searchRows(out)
}

// searchRows appends the search rows and the server's RSS.
func (r *report) searchRows(out [][]string) [][]string {
	for _, s := range shapes {
		g, b, f := r.Search[s.Name], r.Bleve.Search[s.Name], r.FTS.Search[s.Name]
		for k := range 2 {
			out = append(out, []string{fmt.Sprintf("%s, %d client(s): p50 / p99 ms, queries/s", s.Name, g[k].Clients),
				lat(g[k]), lat(b[k]), lat(f[k]), ratio(g[k].QPS, b[k].QPS) + " q/s", ratio(g[k].QPS, f[k].QPS) + " q/s"})
		}
	}
	out = append(out, []string{"serve peak RSS", fmt.Sprintf("%d MB", r.ServeRSS>>20), "", "", "", ""})
	return out
}

func lat(l latency) string {
	if l.Queries == 0 {
		return "-"
	}
	s := fmt.Sprintf("%s / %s, %.1f q/s (%d hits)", ms(l.P50), ms(l.P99), l.QPS, l.Hits)
	if l.Errors > 0 {
		s += fmt.Sprintf(", %d errors", l.Errors)
	}
	return s
}

func (r *report) print(w io.Writer) {
	for _, row := range r.rows() {
		fmt.Fprintln(w, strings.Join(row, " | "))
	}
	if t := r.targetsMarkdown(); t != "" {
		fmt.Fprint(w, "\n"+t)
	}
}

func (r *report) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# gigscout benchmarks\n\nWritten by `make bench` (cmd/gigbench). Corpus: %d synthetic listings (~250-word descriptions, %d per board) served as loopback Greenhouse boards; ", r.Opts.N, r.Opts.BoardSize)
	if r.Opts.Direct || r.Opts.Reuse {
		if r.Opts.Fields {
			b.WriteString("**store and index built directly from the generator** (`-direct -fields`: listings made from the generator's own fields, no normalizing and no red flags, so every listing is visible to search (more hits than after a crawl); store.Upsert a board per transaction, index.CatchUp; no crawl and no reindex, so this run has no ingest figures), ")
		} else {
			b.WriteString("**store and index built directly from the generator** (`-direct`: the Greenhouse adapter's Posting, the pipeline's normalize and flags, store.Upsert a board per transaction, one corpus-flag recompute, index.CatchUp; no crawl and no reindex, so this run has no ingest figures), ")
		}
	} else {
		b.WriteString("ingest through `gigscout crawl` (parallelism 4), `gigscout reindex`, ")
	}
	b.WriteString("search through `gigscout serve`'s HTTP API (highlighting as the API serves it, six facets on every request); raw Bleve (plain static mapping, in process, no highlighting; facets only on the facet shape) and SQLite FTS5 (external-content table, bm25, snippets, counts; facets by GROUP BY on the facet shape) on the same corpus and queries in the same run.\n\n")
	fmt.Fprintf(&b, "- machine: %s\n- date: %s (run took %s)\n- commit: %s\n- per shape and client count: at most %s or %d queries\n\n",
		r.Machine, r.Started.Format(time.RFC3339), r.Finished.Sub(r.Started).Round(time.Second), r.Opts.Commit, r.Opts.PerShape, r.Opts.MaxQueries)
	fmt.Fprintf(&b, "The descriptions are composed from sentence parts and large vocabularies (company paragraphs, projects, tools, deliverables, teams, people, places and numbers), so unrelated ads are not near-copies of each other; deliberate duplication: %.1f %% of listings are reposts of another board's ad (same employer; cross-source dedup) and %.2f %% copies of %d scam templates under made-up employers (SCAM_TEMPLATE_REUSE).\n\n",
		float64(repostPer10k)/100, float64(scamCopyPer10k)/100, len(scamTemplates))
	b.WriteString("The machine is shared: compare the ratios within this run, not absolute times across runs.\n\n")
	if r.FTSMissing != "" {
		fmt.Fprintf(&b, "FTS5: %s\n\n", r.FTSMissing)
	}
	for i, row := range r.rows() {
		b.WriteString("| " + strings.Join(row, " | ") + " |\n")
		if i == 0 {
			b.WriteString(strings.Repeat("|---", len(row)) + "|\n")
		}
	}
	b.WriteString("\n" + r.crawlMarkdown())
	b.WriteString("\nShapes: one word `q=data`; three words `q=remote data project`; + 3 filters `remote=remote&type=internship&paid=true`; phrase `q=\"social media\"`; filters only (the three filters, newest first); sort newest `q=marketing&sort=newest`; deep cursor page: page ")
	fmt.Fprintf(&b, "%d of `q=data` by cursor (offset %d for the peers); student mix: ten specific queries cycled (ux research, python + paid, grant writing, tableau dashboard + remote, video editing + project, \"machine learning\", figma, bookkeeping quickbooks, seo audit newest, translation spanish + remote + paid).\n", deepPage+1, deepPage*20)
	return b.String()
}

// ingestLine is the -ingest-only result: the first crawl's figures, with
// the machine's load average now (the run's figures are comparable only
// with runs at a similar load).
func (r *report) ingestLine() string {
	in, n := r.Ingest, r.Opts.N
	load := ""
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		load = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	return fmt.Sprintf("ingest %d: %.0f listings/s, %.2f CPU-ms a listing, %.2f cores (the board server beside it %.2f), peak RSS %d MB, %d of %d stored, %d sources failed, wall %s; SQLite %s + Bleve %s a listing; load %s",
		n, in.PerSec(), float64(in.CPUPerListing())/1e6, in.Cores(), in.BenchCores(), in.PeakRSS>>20, in.Listings, n, in.Failed, in.Wall.Round(time.Millisecond),
		kb(r.SQLiteBytes, n), kb(r.BleveBytes, n), load)
}
