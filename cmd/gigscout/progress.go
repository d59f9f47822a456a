package main

import (
	"fmt"
	"os"
	"sync"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows crawl progress on a terminal: one spinner bar counting
// the postings fetched across sources. Off a terminal it does nothing.
type progress struct {
	mu    sync.Mutex
	bar   *progressbar.ProgressBar
	seen  map[string]int
	total int
}

func newProgress(e *env, want bool) *progress {
	p := &progress{seen: map[string]int{}}
	f, ok := e.stderr.(*os.File)
	if !want || !ok || !term.IsTerminal(int(f.Fd())) {
		return p
	}
	p.bar = progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription("crawling"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString("listings"),
		progressbar.OptionShowIts(),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
	)
	return p
}

// update records that source has fetched n postings so far.
func (p *progress) update(source string, n int) {
	if p.bar == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total += n - p.seen[source]
	p.seen[source] = n
	p.bar.Describe(fmt.Sprintf("crawling (%s)", source))
	p.bar.Set(p.total)
}

func (p *progress) done() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
