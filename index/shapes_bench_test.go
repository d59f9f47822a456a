package index_test

import (
	"bufio"
	"context"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gigscout/gigscout/index"
)

// BenchmarkServeShapes runs gigbench's search shapes (cmd/gigbench's
// shapes: the API's queries, as web.ParseSearch makes them) through
// index.Search on an index that gigbench built, for profiling the index's
// part of a served search: GIGSCOUT_BENCH_INDEX names a COPY of a data
// directory's index.bleve (Open replaces an index of another mapping
// version). Skipped when unset. It reports the process's CPU a search
// (cpu-ms/op: steadier than ns/op on a shared machine) and, after each
// shape, the file-backed resident set (rss-file-MB: the segment pages
// searches have touched so far; the shapes run in this order, so it only
// grows), which is where a served index's RSS goes:
//
//	cp -r DATA/index.bleve /tmp/idx-copy
//	go test -c -o /tmp/index.test ./index/
//	GIGSCOUT_BENCH_INDEX=/tmp/idx-copy /tmp/index.test -test.run '^$' \
//		-test.bench ServeShapes -test.benchtime 100x -test.cpuprofile /tmp/cpu.prof
func BenchmarkServeShapes(b *testing.B) {
	path := os.Getenv("GIGSCOUT_BENCH_INDEX")
	if path == "" {
		b.Skip("GIGSCOUT_BENCH_INDEX (a copy of a gigbench index.bleve) not set")
	}
	x, err := index.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	if n, err := x.Count(); err != nil || n == 0 {
		b.Fatalf("index %s: %d documents, %v (another mapping version: replaced)", path, n, err)
	}
	ctx := context.Background()
	// The API's queries as web.ParseSearch makes them (limit 20).
	word := func(text string) index.Query { return index.Query{Text: text, Limit: 20} }
	filters := func(q index.Query) index.Query {
		q.Remote, q.Type, q.Paid = []string{"remote"}, []string{"internship"}, true
		return q
	}
	newest := func(q index.Query) index.Query { q.Sort = index.SortNewest; return q }
	with := func(q index.Query, f func(*index.Query)) index.Query { f(&q); return q }
	shapes := []struct {
		name string
		qs   []index.Query
		deep bool
	}{
		{"one_word", []index.Query{word("data")}, false},
		{"three_words", []index.Query{word("remote data project")}, false},
		{"facets", []index.Query{filters(word("remote data project"))}, false},
		{"phrase", []index.Query{word(`"social media"`)}, false},
		{"filters_only", []index.Query{filters(index.Query{Limit: 20})}, false},
		{"newest", []index.Query{newest(word("marketing"))}, false},
		{"deep_cursor", []index.Query{word("data")}, true},
		{"student_mix", []index.Query{
			word("ux research"), with(word("python"), func(q *index.Query) { q.Paid = true }), word("grant writing"),
			with(word("tableau dashboard"), func(q *index.Query) { q.Remote = []string{"remote"} }),
			with(word("video editing"), func(q *index.Query) { q.Type = []string{"project"} }), word(`"machine learning"`), word("figma"),
			word("bookkeeping quickbooks"), newest(word("seo audit")),
			with(word("translation spanish"), func(q *index.Query) { q.Remote, q.Paid = []string{"remote"}, true })}, false},
	}
	for _, s := range shapes {
		var qs []index.Query
		for _, q := range s.qs {
			q.Facets = true // as web.Searcher.Search
			if s.deep {
				for range 25 { // gigbench's deepPage
					res, err := x.Search(ctx, q)
					if err != nil {
						b.Fatal(err)
					}
					if res.NextCursor == "" {
						break
					}
					q.Cursor = res.NextCursor
				}
			}
			qs = append(qs, q)
		}
		b.Run(s.name, func(b *testing.B) {
			cpu0 := cpuTime()
			for i := 0; b.Loop(); i++ {
				if _, err := x.Search(ctx, qs[i%len(qs)]); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(rssFileKB())/1024, "rss-file-MB")
		})
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// rssFileKB is the process's resident file-backed memory (RssFile of
// /proc/self/status: the index's mapped segment pages it has touched),
// or 0 where there is no such file.
func rssFileKB() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "RssFile:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
