package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// procIO reads this process's write system calls and bytes written
// through them from /proc/self/io (false where there is none).
func procIO() (syscw, wchar int64, ok bool) {
	f, err := os.Open("/proc/self/io")
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ": ")
		n, _ := strconv.ParseInt(v, 10, 64)
		switch k {
		case "syscw":
			syscw = n
		case "wchar":
			wchar = n
		}
	}
	return syscw, wchar, true
}

// BenchmarkCheckpointInterval: what checkpointing the WAL costs a crawl's
// new listings when it runs after every batch or after several. Batches
// are BenchmarkUpsertBoards's (200 new listings of one of 60 boards, on a
// store holding 20,000); the automatic checkpoint is off and the benchmark
// checkpoints after every `every` batches. ckpt-ms/listing is the CPU
// time of those checkpoints, ckpt-writes/listing their write system calls
// (one a page copied into the database), cpu-ms/listing the CPU time of
// the Upserts themselves.
func BenchmarkCheckpointInterval(b *testing.B) {
	for _, every := range []int{1, 2, 4, 16} {
		b.Run(fmt.Sprint("every=", every), func(b *testing.B) {
			ctx := context.Background()
			s, _ := MustOpen(b)
			s.KeepWritten(32<<20, ReadChanges|ReadCorpus)
			s.db.SetMaxOpenConns(1)
			if _, err := s.db.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0`); err != nil {
				b.Fatal(err)
			}
			batch := boardBatches(newCrawlListings(21))
			checkpoint := func() {
				if _, err := s.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
					b.Fatal(err)
				}
			}
			for range 100 {
				if _, err := s.Upsert(ctx, batch()); err != nil {
					b.Fatal(err)
				}
			}
			checkpoint()
			var cpu, ckpt time.Duration
			var writes int64
			n := 0
			for b.Loop() {
				for range every {
					b.StopTimer()
					ls := batch()
					b.StartTimer()
					c0 := cpuTime()
					if _, err := s.Upsert(ctx, ls); err != nil {
						b.Fatal(err)
					}
					cpu += cpuTime() - c0
					n += len(ls)
				}
				w0, _, _ := procIO()
				c0 := cpuTime()
				checkpoint()
				ckpt += cpuTime() - c0
				w1, _, _ := procIO()
				writes += w1 - w0
			}
			b.ReportMetric(float64(cpu)/1e6/float64(n), "cpu-ms/listing")
			b.ReportMetric(float64(ckpt)/1e6/float64(n), "ckpt-ms/listing")
			b.ReportMetric(float64(writes)/float64(n), "ckpt-writes/listing")
		})
	}
}
