package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/ashby"
	"github.com/gigscout/gigscout/crawler/greenhouse"
	"github.com/gigscout/gigscout/crawler/himalayas"
	"github.com/gigscout/gigscout/crawler/jobicy"
	"github.com/gigscout/gigscout/crawler/lever"
	"github.com/gigscout/gigscout/crawler/recruitee"
	"github.com/gigscout/gigscout/crawler/remoteok"
	"github.com/gigscout/gigscout/crawler/remotive"
	"github.com/gigscout/gigscout/crawler/workable"
	"github.com/gigscout/gigscout/internal/ingest"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/redflag"
)

// crawledMetrics scores the real board payloads of ../shared/fixtures:
// listings of real employers, read by the crawler adapters as a crawl
// reads them (names, profiles where the board has one, URLs). None is a
// scam, so every high scam flag on them is a false alarm: the legitimate
// side of the scam rules on the data gigscout actually serves, where
// EMSCAD's neutral names stand in for it.
type crawledMetrics struct {
	Listings   int            `json:"listings"`
	HighScam   int            `json:"high_scam"`
	Rate       float64        `json:"rate"`
	BySource   map[string]int `json:"by_source"`
	Alarms     []string       `json:"alarms,omitempty"` // source, title and flag of each false alarm
	Unreadable []string       `json:"unreadable,omitempty"`
}

// fixtureKind is one board format of the fixtures: its folder, the URL a
// crawl would have fetched a file from (adapters take the board's name
// from it) and the adapter's parser.
type fixtureKind struct {
	dir   string
	url   func(file string) string
	parse func(*crawler.Response) ([]model.Posting, error)
}

// boardURL builds a fixture's URL from its file name without the prefix
// and extension ("jobs_helsing.json" -> prefix+"helsing"+suffix).
func boardURL(trim, prefix, suffix string) func(string) string {
	return func(file string) string {
		return prefix + strings.TrimSuffix(strings.TrimPrefix(file, trim), ".json") + suffix
	}
}

var fixtureKinds = []fixtureKind{
	{"ashby", boardURL("jobboard_", "https://api.ashbyhq.com/posting-api/job-board/", ""), ashby.Parse},
	{"greenhouse", boardURL("jobs_", "https://boards-api.greenhouse.io/v1/boards/", "/jobs?content=true"), greenhouse.Parse},
	{"lever", boardURL("postings_", "https://api.lever.co/v0/postings/", ""), lever.Parse},
	{"recruitee", boardURL("offers_", "https://", ".recruitee.com/api/offers/"), recruitee.Parse},
	{"workable", boardURL("widget_", "https://apply.workable.com/api/v1/widget/accounts/", ""), workable.Parse},
	{"himalayas", func(string) string { return "https://himalayas.app/jobs/api" }, himalayas.Parse},
	{"jobicy", func(string) string { return "https://jobicy.com/api/v2/remote-jobs" }, jobicy.Parse},
	{"remoteok", func(string) string { return "https://remoteok.com/api" }, remoteok.Parse},
	{"remotive", func(string) string { return "https://remotive.com/api/remote-jobs" }, remotive.Parse},
}

// scoreCrawled assesses every listing of the fixtures' JSON payloads (the
// whole set one corpus, as a store would hold it); ok is false when there
// are no fixtures under shared.
func scoreCrawled(shared string, eng *redflag.Engine) (m crawledMetrics, ok bool, err error) {
	m.BySource = map[string]int{}
	var ls []*model.Listing
	var srcs []string
	for _, k := range fixtureKinds {
		files, err := filepath.Glob(filepath.Join(shared, "fixtures", k.dir, "*.json"))
		if err != nil {
			return m, false, fmt.Errorf("evalflags: %w", err)
		}
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return m, false, fmt.Errorf("evalflags: %w", err)
			}
			ps, err := k.parse(&crawler.Response{URL: k.url(filepath.Base(f)), StatusCode: 200, Body: b})
			if err != nil {
				m.Unreadable = append(m.Unreadable, filepath.Join(k.dir, filepath.Base(f))+": "+err.Error())
				continue
			}
			for _, p := range ps {
				if p.Source == "" {
					p.Source = k.dir
				}
				ls = append(ls, assess(p, eng))
				srcs = append(srcs, k.dir)
			}
		}
	}
	if len(ls) == 0 {
		return m, false, nil
	}
	eng.ApplyCorpus(ls, redflag.CorpusFlags(ingest.CorpusEntries(ls)))
	for i, l := range ls {
		m.Listings++
		m.BySource[srcs[i]]++
		for _, f := range l.Flags {
			if f.Family == model.FamilyScam && f.Severity == model.SeverityHigh {
				m.HighScam++
				m.Alarms = append(m.Alarms, fmt.Sprintf("%s %q (%s): %s %q", srcs[i], l.Title, l.Company, f.ID, f.Evidence.Text))
				break
			}
		}
	}
	m.Rate = float64(m.HighScam) / float64(m.Listings)
	return m, true, nil
}

func printCrawled(w io.Writer, m crawledMetrics, verbose bool) {
	fmt.Fprintf(w, "\ncrawled board listings (../shared/fixtures, real employers read by the adapters): %d listings, %d with a high scam flag (%s)\n",
		m.Listings, m.HighScam, pct(m.Rate))
	if verbose {
		for _, a := range m.Alarms {
			fmt.Fprintf(w, "  false alarm: %s\n", a)
		}
	}
	for _, u := range m.Unreadable {
		fmt.Fprintf(w, "  unreadable fixture: %s\n", u)
	}
}
