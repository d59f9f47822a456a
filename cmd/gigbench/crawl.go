package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/jsonld"
	"github.com/gigscout/gigscout/internal/model"
)

// jsonldSites serves career sites of JSON-LD job pages on loopback:
// /s{K}/ lists links to /s{K}/jobs/{J}, each a page with one schema.org
// JobPosting; every fetch is counted per URL.
type jsonldSites struct {
	c       *corpus
	sites   int
	perSite int // job pages per site
	mu      sync.Mutex
	perURL  map[string]int
	fetches atomic.Int64
}

func (s *jsonldSites) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.fetches.Add(1)
	s.mu.Lock()
	s.perURL[r.URL.Path]++
	s.mu.Unlock()
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	if len(parts) == 0 || !strings.HasPrefix(parts[0], "s") {
		http.NotFound(w, r)
		return
	}
	site, err := strconv.Atoi(parts[0][1:])
	if err != nil || site < 0 || site >= s.sites {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	switch {
	case len(parts) == 1:
		fmt.Fprintf(w, "<!doctype html><html><head><title>Careers</title></head><body><h1>Open roles</h1><ul>")
		for j := range s.perSite {
			fmt.Fprintf(w, `<li><a class="job" href="/s%d/jobs/%d">Role %d</a></li>`, site, j, j)
		}
		fmt.Fprint(w, "</ul></body></html>")
	case len(parts) == 3 && parts[1] == "jobs":
		j, err := strconv.Atoi(parts[2])
		if err != nil || j < 0 || j >= s.perSite {
			http.NotFound(w, r)
			return
		}
		p := s.c.posting(site, j)
		ld, _ := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "JobPosting", "title": p.Title,
			"description": p.HTML, "datePosted": p.Posted.Format("2006-01-02"), "employmentType": "INTERN",
			"hiringOrganization": map[string]string{"@type": "Organization", "name": p.Company},
			"jobLocationType":    "TELECOMMUTE", "identifier": map[string]string{"@type": "PropertyValue", "value": strconv.FormatInt(p.ID, 10)}})
		fmt.Fprintf(w, `<!doctype html><html><head><title>%s</title><script type="application/ld+json">%s</script></head><body><h1>%s</h1>%s<a href="/s%d/">All roles</a></body></html>`,
			html.EscapeString(p.Title), ld, html.EscapeString(p.Title), p.HTML, site)
	default:
		http.NotFound(w, r)
	}
}

func (s *jsonldSites) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.perURL = map[string]int{}
	s.fetches.Store(0)
}

func (s *jsonldSites) duplicates() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := 0
	for _, n := range s.perURL {
		d += n - 1
	}
	return d
}

// crawlResult compares our collector with a plain loop over the same pages.
type crawlResult struct {
	Pages                int
	Ours, Plain          time.Duration
	OursFetches          int
	OursDups, PlainDups  int
	OursPosts, PlainPost int
}

// countSink counts the postings a run emits.
type countSink struct{ n atomic.Int64 }

func (c *countSink) Put(_ context.Context, _ *crawler.Run, b []model.Posting) error {
	c.n.Add(int64(len(b)))
	return nil
}
func (c *countSink) Finish(context.Context, *crawler.Run) error { return nil }

// benchCrawl serves pages JSON-LD job pages (1,000 per site, the page
// budget's maximum, less the index page) and crawls them with our
// collector (jsonld sources, parallelism 4 on the one host) and with a
// plain net/http + goquery loop of 4 workers.
func benchCrawl(ctx context.Context, c *corpus, pages int, log *slog.Logger) (crawlResult, error) {
	const perSite = 999
	js := &jsonldSites{c: c, sites: (pages + perSite - 1) / perSite, perSite: perSite, perURL: map[string]int{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return crawlResult{}, err
	}
	hs := &http.Server{Handler: js, ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln)
	defer hs.Close()
	base := "http://" + ln.Addr().String()
	res := crawlResult{Pages: js.sites * (perSite + 1)}

	col, err := crawler.NewCollector(crawler.Options{UserAgent: "gigbench", AllowPrivate: true, Parallelism: 4, Timeout: 60 * time.Second, MaxBody: 16 << 20, Retries: 1})
	if err != nil {
		return res, err
	}
	sink := &countSink{}
	runner := &crawler.Runner{Fetcher: col, Sink: sink, Logger: log}
	start := time.Now()
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	errs := make(chan error, js.sites)
	for k := range js.sites {
		src, err := jsonld.New(crawler.Config{Name: fmt.Sprint("s", k), Kind: "jsonld", StartURLs: []string{fmt.Sprintf("%s/s%d/", base, k)}, Follow: "a.job", MaxPages: perSite + 1})
		if err != nil {
			return res, err
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			if _, err := runner.Run(ctx, src); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	res.Ours = time.Since(start)
	close(errs)
	for err := range errs {
		log.Warn("jsonld crawl", "error", err)
	}
	res.OursFetches, res.OursDups, res.OursPosts = int(js.fetches.Load()), js.duplicates(), int(sink.n.Load())

	js.reset()
	client := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 8}}
	var posts atomic.Int64
	fetch := func(u string) (*goquery.Document, error) {
		req, _ := http.NewRequestWithContext(ctx, "GET", u, nil)
		resp, err := client.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		return goquery.NewDocumentFromReader(io.LimitReader(resp.Body, 16<<20))
	}
	start = time.Now()
	urls := make(chan string, 64)
	var workers sync.WaitGroup
	for range 4 {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for u := range urls {
				doc, err := fetch(u)
				if err != nil {
					continue
				}
				doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
					var v map[string]any
					if json.Unmarshal([]byte(s.Text()), &v) == nil && v["@type"] == "JobPosting" {
						posts.Add(1)
					}
				})
			}
		}()
	}
	seen := map[string]bool{}
	for k := range js.sites {
		doc, err := fetch(fmt.Sprintf("%s/s%d/", base, k))
		if err != nil {
			close(urls)
			return res, err
		}
		doc.Find("a.job").Each(func(_ int, s *goquery.Selection) {
			if h, ok := s.Attr("href"); ok && !seen[h] {
				seen[h] = true
				urls <- base + h
			}
		})
	}
	close(urls)
	workers.Wait()
	res.Plain = time.Since(start)
	res.PlainDups, res.PlainPost = js.duplicates(), int(posts.Load())
	return res, nil
}
