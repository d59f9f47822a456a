package crawler

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// DefaultRobotsTTL is how long a host's robots.txt is trusted before it is
// fetched again.
const DefaultRobotsTTL = 24 * time.Hour

// robots keeps each host's robots.txt for a while. We check robots.txt
// ourselves instead of through Colly: Colly caches it for the life of the
// process (a server runs for months) and fetches it without the request's
// context, so a hung robots.txt could not be cancelled.
type robots struct {
	ttl time.Duration
	mu  sync.Mutex
	m   map[string]*robotsEntry
}

type robotsEntry struct {
	mu      sync.Mutex // one fetch per host at a time
	data    *robotstxt.RobotsData
	expires time.Time
}

// robotsErrorTTL is how long a robots.txt that answered 5xx (a temporary
// full disallow) is kept before asking again.
const robotsErrorTTL = 10 * time.Minute

// check returns ErrRobots when robots.txt forbids u for agent. It fetches
// robots.txt through fetch when the cached copy is missing or stale.
// A robots.txt answering 4xx allows everything and 5xx forbids everything
// (as robotstxt.FromStatusAndBytes decides); one that cannot be fetched
// fails the check with the fetch error.
func (r *robots) check(ctx context.Context, u *url.URL, agent string, fetch func(context.Context, string) (*Response, error)) error {
	r.mu.Lock()
	e := r.m[u.Host]
	if e == nil {
		e = &robotsEntry{}
		r.m[u.Host] = e
	}
	r.mu.Unlock()

	e.mu.Lock()
	if e.data == nil || time.Now().After(e.expires) {
		robotsURL := u.Scheme + "://" + u.Host + "/robots.txt"
		resp, err := fetch(ctx, robotsURL)
		if err != nil {
			e.mu.Unlock()
			return fmt.Errorf("robots.txt of %s: %w", u.Host, err)
		}
		data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, resp.Body)
		if err != nil {
			data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil) // unparsable: as if absent
		}
		ttl := r.ttl
		if resp.StatusCode >= 500 {
			ttl = min(ttl, robotsErrorTTL)
		}
		e.data, e.expires = data, time.Now().Add(ttl)
	}
	data := e.data
	e.mu.Unlock()

	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !data.TestAgent(path, agent) {
		return fmt.Errorf("GET %s: %w", u, ErrRobots)
	}
	return nil
}
