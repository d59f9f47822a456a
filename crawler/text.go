package crawler

import (
	"context"
	"fmt"
	"html"
	"net/url"
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// CleanLine decodes HTML entities once and folds white space: for titles,
// company names and other one-line values.
func CleanLine(s string) string {
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}

// Uniq returns the trimmed, non-empty values, each once (compared without
// case), in their first order.
func Uniq(vals ...string) []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range vals {
		v = strings.TrimSpace(v)
		k := strings.ToLower(v)
		if v == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, v)
	}
	return out
}

// AbsURL resolves raw against base; it returns raw when already absolute
// and "" when raw is empty or unparsable (or relative with no base).
func AbsURL(raw, base string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if raw == "" || err != nil {
		return ""
	}
	if u.IsAbs() {
		return raw
	}
	b, err := url.Parse(base)
	if base == "" || err != nil {
		return ""
	}
	if b.Path == "" {
		b.Path = "/"
	}
	return b.ResolveReference(u).String()
}

var (
	scriptRE = regexp.MustCompile(`(?is)<(script|style)\b.*?</(script|style)\s*>`)
	breakRE  = regexp.MustCompile(`(?i)<\s*(br|/p|/div|/li|/h[1-6]|/ul|/ol|/tr)\b[^>]*>`)
	tagRE    = regexp.MustCompile(`(?s)<[^>]*>`)
)

// HTMLText turns an HTML fragment into plain text: one line per block,
// entities decoded once, spaces collapsed.
func HTMLText(s string) string {
	s = scriptRE.ReplaceAllString(s, " ")
	s = breakRE.ReplaceAllString(s, "\n")
	s = html.UnescapeString(tagRE.ReplaceAllString(s, " "))
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// EmitNew emits the postings whose ids are not in seen, adding them, and
// returns how many it emitted. It stops at the first emit error or when
// ctx ends. Paged sources use it so a post repeated across pages goes out once.
func EmitNew(ctx context.Context, ps []model.Posting, seen map[string]bool, emit func(model.Posting) error) (int, error) {
	n := 0
	for _, p := range ps {
		if seen[p.ExternalID] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return n, err
		}
		seen[p.ExternalID] = true
		if err := emit(p); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// CrawlDocument is the Crawl of a source whose whole board is one
// document: one conditional GET of req, parse, then each posting (with
// fill applied, when not nil) to emit, each id once. Errors of the fetch
// and the parse are wrapped with prefix ("greenhouse acme").
func CrawlDocument(ctx context.Context, f Fetcher, req *Request, prefix string,
	parse func(*Response) ([]model.Posting, error), fill func(*model.Posting), emit func(model.Posting) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	resp, err := f.Get(ctx, req)
	if err != nil {
		return fmt.Errorf("%s: %w", prefix, err)
	}
	ps, err := parse(resp)
	if err != nil {
		return fmt.Errorf("%s: %w", prefix, err)
	}
	if fill != nil {
		for i := range ps {
			fill(&ps[i])
		}
	}
	_, err = EmitNew(ctx, ps, map[string]bool{}, emit)
	return err
}
