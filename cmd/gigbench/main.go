// Command gigbench measures gigscout from outside on one machine: a
// corpus of realistic listings served as loopback Greenhouse boards,
// ingested by `gigscout crawl`, rebuilt by `gigscout reindex`, searched
// through `gigscout serve`'s HTTP API, and the same corpus and queries in
// raw Bleve (a plain static mapping) and SQLite FTS5 in the same run. It
// prints one table and writes docs/BENCHMARKS.md.
//
//	go build -tags sqlite_fts5 -o bin/gigbench ./cmd/gigbench
//	bin/gigbench -gigscout bin/gigscout -n 20000 -out docs/BENCHMARKS.md
//
// The figures of one run are comparable with each other; on a shared
// machine absolute times are not, so the report gives ratios.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
)

type options struct {
	N          int
	BoardSize  int
	Gigscout   string
	Dir        string
	Out        string
	PerShape   time.Duration // measuring time per shape and client count
	MaxQueries int           // per shape and client count
	Peers      bool
	BlevePeer  bool // with Peers: also raw Bleve (FTS5 always)
	Commit     string
	CrawlPages int  // JSON-LD pages for the crawl comparison (0: skip)
	CrawlOnly  bool // run only the crawl comparison, appending it to Out
	// Direct builds the store and index straight from the generator
	// (store.Upsert, index.CatchUp) instead of crawling: search figures at
	// sizes the crawl cannot reach in time. Not an ingest measure.
	Direct bool
	// Fields (with Direct) makes the listings from the generator's fields
	// (no normalize, no flags): fast enough for 1,000,000.
	Fields bool
	Reuse  bool // search the data directory of -dir as it is (built by an earlier run)
	// IngestOnly stops after the first crawl: the ingest figures alone
	// (no reindex, re-crawl, search or peers), for measuring ingest work.
	IngestOnly bool
	// CPUProfile, if set, is the file the `gigscout crawl` child writes
	// its CPU profile to (env GIGSCOUT_CPUPROFILE).
	CPUProfile string
}

func main() {
	var o options
	n, _ := strconv.Atoi(os.Getenv("BENCH_N"))
	if n <= 0 {
		n = 200000
	}
	fs := flag.NewFlagSet("gigbench", flag.ContinueOnError)
	fs.IntVar(&o.N, "n", n, "listings in the corpus (env BENCH_N)")
	fs.IntVar(&o.BoardSize, "board-size", 1000, "listings per board")
	fs.StringVar(&o.Gigscout, "gigscout", "bin/gigscout", "the gigscout binary to measure")
	fs.StringVar(&o.Dir, "dir", "", "work directory (default: a new temporary directory, removed afterwards)")
	fs.StringVar(&o.Out, "out", "docs/BENCHMARKS.md", "the report to write (empty: print only)")
	fs.DurationVar(&o.PerShape, "per-shape", 4*time.Second, "measuring time per query shape and client count")
	fs.IntVar(&o.MaxQueries, "max-queries", 400, "queries per shape and client count at most")
	fs.BoolVar(&o.Peers, "peers", true, "also measure raw Bleve and SQLite FTS5 on the same corpus")
	fs.BoolVar(&o.BlevePeer, "bleve-peer", true, "with -peers: also raw Bleve (false: SQLite FTS5 only, when time is short)")
	fs.StringVar(&o.Commit, "commit", "", "the commit measured (for the report)")
	fs.IntVar(&o.CrawlPages, "crawl-pages", 5000, "JSON-LD pages crawled by our collector and by a plain net/http+goquery loop (0: skip)")
	fs.BoolVar(&o.CrawlOnly, "crawl-only", false, "run only the crawl comparison and append it to -out")
	fs.BoolVar(&o.Direct, "direct", false, "build the store and index straight from the generator (store.Upsert + index.CatchUp; no crawl, no reindex): for search figures only, not an ingest measure")
	fs.BoolVar(&o.Fields, "fields", false, "with -direct: make the listings from the generator's own fields (no normalize, no red flags; every listing visible), about 100x faster to build")
	fs.BoolVar(&o.Reuse, "reuse", false, "with -dir: search the data directory an earlier -direct run built there (no build)")
	fs.BoolVar(&o.IngestOnly, "ingest-only", false, "stop after the first crawl and print its ingest figures only (no reindex, re-crawl, search or peers)")
	fs.StringVar(&o.CPUProfile, "cpuprofile", "", "write the CPU profile of the first `gigscout crawl` to this file (passed as env GIGSCOUT_CPUPROFILE)")
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	if o.Reuse && o.Dir == "" {
		fmt.Fprintln(os.Stderr, "gigbench: -reuse needs -dir")
		os.Exit(2)
	}
	if o.N < 100 || o.BoardSize < 1 {
		fmt.Fprintln(os.Stderr, "gigbench: -n must be at least 100 and -board-size at least 1")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintln(os.Stderr, "gigbench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options) error {
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if o.Dir == "" {
		d, err := os.MkdirTemp("", "gigbench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		o.Dir = d
	} else if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return err
	}
	bin, err := filepath.Abs(o.Gigscout)
	if err != nil {
		return err
	}
	if _, err := os.Stat(bin); err != nil {
		return fmt.Errorf("gigscout binary: %w (build it first: make build)", err)
	}
	c := &corpus{N: o.N, BoardSize: o.BoardSize, Now: time.Now().UTC().Truncate(time.Hour)}
	bs := &boardServer{c: c, perURL: map[string]int{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: bs, ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln)
	defer hs.Close()

	r := &report{Opts: o, Started: time.Now().UTC()}
	r.Machine = machine()
	if o.CrawlPages > 0 {
		log.Info("crawl: our collector vs a plain loop", "pages", o.CrawlPages)
		cr, err := benchCrawl(ctx, c, o.CrawlPages, log)
		if err != nil {
			return fmt.Errorf("crawl comparison: %w", err)
		}
		r.Crawl = &cr
	}
	if o.CrawlOnly {
		r.Finished = time.Now().UTC()
		md := r.crawlMarkdown()
		fmt.Print(md)
		if o.Out != "" {
			f, err := os.OpenFile(o.Out, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = f.WriteString("\n" + md)
			return err
		}
		return nil
	}
	g := &gigscout{bin: bin, dir: o.Dir, boardsURL: "http://" + ln.Addr().String(), c: c, log: log, noSources: o.Direct || o.Reuse}
	if o.CPUProfile != "" {
		if g.cpuProfile, err = filepath.Abs(o.CPUProfile); err != nil {
			return err
		}
	}
	if err := g.writeConfig(); err != nil {
		return err
	}

	switch {
	case o.Reuse:
		log.Info("search: reusing the data directory", "dir", o.Dir)
		r.SQLiteBytes, r.BleveBytes = g.diskUse()
	case o.Direct:
		log.Info("direct build: generator, store.Upsert, index.CatchUp (not an ingest measure)", "listings", o.N)
		if r.Ingest, err = buildDirect(ctx, g, o.Fields, log); err != nil {
			return err
		}
		r.SQLiteBytes, r.BleveBytes = g.diskUse()
	default:
		t0 := time.Now()
		if bs.prepare() {
			log.Info("boards encoded before the crawl", "boards", c.boards(), "took", time.Since(t0).Round(time.Millisecond))
		} else {
			log.Info("boards generated on the fly (corpus over the prepared bound)", "listings", o.N, "bound", maxPreparedListings)
		}
		log.Info("ingest: gigscout crawl", "listings", o.N, "boards", c.boards())
		if r.Ingest, err = g.crawl(ctx, false); err != nil {
			return err
		}
		r.Ingest.Fetches, r.Ingest.DupFetches = int(bs.fetches.Load()), bs.duplicates()
		r.SQLiteBytes, r.BleveBytes = g.diskUse()
		if o.IngestOnly {
			bs.release()
			fmt.Println(r.ingestLine())
			return nil
		}
		log.Info("reindex: gigscout reindex")
		if r.Reindex, err = g.reindex(ctx); err != nil {
			return err
		}
		_, r.BleveReindexBytes = g.diskUse()
		log.Info("re-crawl: gigscout crawl again, every posting unchanged")
		if r.Recrawl, err = g.crawl(ctx, true); err != nil {
			return err
		}
		bs.release() // the peers below index in this process: no pages held beside them
	}
	log.Info("search: gigscout serve")
	if r.Search, r.ServeRSS, err = g.search(ctx, o); err != nil {
		return err
	}
	if o.Peers {
		if o.BlevePeer {
			log.Info("peer: raw Bleve, plain mapping")
			if r.Bleve, err = benchBleve(ctx, c, filepath.Join(o.Dir, "raw.bleve"), o); err != nil {
				return fmt.Errorf("raw bleve: %w", err)
			}
		}
		log.Info("peer: SQLite FTS5")
		if r.FTS, err = benchFTS(ctx, c, filepath.Join(o.Dir, "fts.db"), o); err != nil {
			if !errors.Is(err, errNoFTS5) {
				return fmt.Errorf("fts5: %w", err)
			}
			r.FTSMissing = err.Error()
		}
	}
	r.Finished = time.Now().UTC()
	r.print(os.Stdout)
	if o.Out != "" {
		if err := writeReport(o.Out, r); err != nil {
			return err
		}
		log.Info("wrote", "file", o.Out)
	}
	return nil
}
