# gigscout — see README.md. `make run` serves with the shipped config,
# `make test` runs every test.
GO      ?= go
BIN     := bin/gigscout
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: build run test demo bench bench-search bench-go lint eval-flags fuzz clean loadtest crashtest

build:
	CGO_ENABLED=1 $(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/gigscout

run: build
	./$(BIN) serve --config config/gigscout.yaml

# GIGSCOUT_TEST_PG_DSN (a PostgreSQL database the tests may create schemas
# in; `eval "$$(.ci/pg-start)"` starts one) runs every store test on
# PostgreSQL too; unset, that half skips (CI=true: fails).
#
# The text packages (RACE_LIGHT_PKGS) are single-goroutine differential
# tables: every fast path checked against its plain regexp over thousands
# of texts. The race detector finds nothing in one goroutine and runs them
# 20-30x slower (normalize: 15 minutes instead of 80 s), so they run in
# full without -race, and under -race only their tests that start
# goroutines, which are named *Concurrent*.
RACE_LIGHT_PKGS := ./internal/normalize/ ./internal/redflag/ ./internal/textcue/
test:
	GIGSCOUT_TEST_PG_DSN="$(GIGSCOUT_TEST_PG_DSN)" CGO_ENABLED=1 $(GO) test -race -count=1 -timeout 20m \
	  $$($(GO) list ./... | grep -v -x $(foreach p,$(RACE_LIGHT_PKGS),-e '.*/$(patsubst ./%/,%,$(p))'))
	CGO_ENABLED=1 $(GO) test -count=1 -timeout 20m $(RACE_LIGHT_PKGS)
	CGO_ENABLED=1 $(GO) test -race -count=1 -timeout 10m -run 'Concurrent' $(RACE_LIGHT_PKGS)
	@# go test hides why a passing package skipped a test: say which flag
	@# threshold tests were skipped (no ../shared sample) and why.
	@$(GO) test -count=1 -v -run '$(THRESHOLD_TESTS)' ./cmd/evalflags/ ./internal/redflag/ 2>&1 | \
	  grep -B1 -- '--- SKIP' | grep -v -e '^--$$' -e '^=== ' || echo "flag threshold tests: none skipped"

# The red-flag threshold tests: the repository's own examples always run;
# the shared-sample ones skip without ../shared.
THRESHOLD_TESTS := ^(TestRepoExampleTargets|TestSampleTargets|TestSplitPartitions|TestSharedExamples|TestDemoSpans)$$

demo: build
	./$(BIN) demo

# End to end (cmd/gigbench): BENCH_N synthetic listings through `gigscout
# crawl`, `reindex` and `serve`, beside raw Bleve and SQLite FTS5; prints a
# table and writes docs/BENCHMARKS.md. `make bench BENCH_N=20000` is quick.
BENCH_N ?= 200000
bench: build
	CGO_ENABLED=1 $(GO) build -tags sqlite_fts5 -o bin/gigbench ./cmd/gigbench
	./bin/gigbench -gigscout $(BIN) -n $(BENCH_N) -commit $(VERSION) -out docs/BENCHMARKS.md

# Ingest only: BENCH_N listings through one `gigscout crawl`, its figures
# on one line, and the crawl's CPU profile in bin/crawl.prof (the crawl
# writes it when env GIGSCOUT_CPUPROFILE names a file):
# `make bench-ingest BENCH_N=20000`, then `go tool pprof bin/gigscout bin/crawl.prof`.
bench-ingest: build
	CGO_ENABLED=1 $(GO) build -tags sqlite_fts5 -o bin/gigbench ./cmd/gigbench
	./bin/gigbench -gigscout $(BIN) -n $(BENCH_N) -ingest-only -peers=false -crawl-pages 0 -out "" -cpuprofile bin/crawl.prof

# Search only, at sizes `gigscout crawl` cannot reach in time: the store and
# index built straight from the generator (store.Upsert, index.CatchUp;
# listings from the generator's fields), then serve, FTS5 and raw Bleve as
# in `bench`. Not an ingest measure. `make bench-search BENCH_N=1000000`.
bench-search: build
	CGO_ENABLED=1 $(GO) build -tags sqlite_fts5 -o bin/gigbench ./cmd/gigbench
	./bin/gigbench -gigscout $(BIN) -n $(BENCH_N) -direct -fields -crawl-pages 0 -commit $(VERSION) -out docs/BENCHMARKS.md

# The packages' `go test -bench` benchmarks.
bench-go:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# Precision and recall of the red-flag rules on testdata/redflags (in the
# repository), then on ../shared/redflags when that sample is present.
eval-flags:
	$(GO) run ./cmd/evalflags -data testdata/redflags/examples.jsonl -shared ../shared

# Every fuzz target for FUZZTIME each, from the seed corpora in each
# package's testdata/fuzz (a crasher found is kept there as a regression seed).
FUZZTIME ?= 30s
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run='^$$' -fuzz="^$$f$$" -fuzztime=$(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -rf bin data

# Rewrite docs/stats.png, the README's screenshot of /stats (headless Chromium).
.PHONY: docs-stats
docs-stats:
	GIGSCOUT_WRITE_DOCS=1 $(GO) test -count=1 -run '^TestStatsBrowser$$' ./internal/web/
# Load: `gigscout serve` driven at LOAD_RATE requests/s (default 200) of mixed
# searches from 32 loopback addresses for LOAD_DURATION (60s) while `gigscout
# crawl` adds LOAD_LISTINGS (3000) listings beside it; prints answered/shed/
# errors, p50/p99, RSS and when the crawl became searchable.
loadtest: build
	GIGSCOUT_LOADTEST=1 GIGSCOUT_BIN=$(abspath $(BIN)) $(GO) test -count=1 -timeout 20m -run '^TestLoad$$' -v ./cmd/gigscout

# Crash safety: `gigscout crawl` SIGKILLed mid-write CRASH_KILLS times (20);
# integrity_check and index == store after each restart. Then `gigscout
# digest run` SIGKILLed CRASH_DIGEST_KILLS times (10) while it sends to a
# loopback SMTP server: every listing delivered once per subscription.
crashtest: build
	GIGSCOUT_CRASHTEST=1 GIGSCOUT_BIN=$(abspath $(BIN)) $(GO) test -count=1 -timeout 30m -run '^TestCrashSafety(Digest)?$$' -v ./cmd/gigscout

# A throwaway PostgreSQL on 127.0.0.1 for the store tests:
#   eval "$$(.ci/pg-start)"; make test; .ci/pg-stop "$$GIGSCOUT_TEST_PG_DIR"
.PHONY: test-pg
test-pg:
	@eval "$$(.ci/pg-start)"; trap '.ci/pg-stop "$$GIGSCOUT_TEST_PG_DIR"' EXIT; \
	  GIGSCOUT_TEST_PG_DSN="$$GIGSCOUT_TEST_PG_DSN" CGO_ENABLED=1 $(GO) test -race -count=1 ./internal/store/... ./cmd/gigscout/

# The multi-process scale-out test in full: three `gigscout worker`s and
# search replicas on one PostgreSQL, including the SIGKILL of a worker
# mid-crawl, whose job another finishes after river's rescuer (about a
# minute; `make test` runs the rest). Uses GIGSCOUT_TEST_PG_DSN when set,
# else a throwaway cluster (.ci/pg-start).
.PHONY: scaletest
scaletest: build
	@if [ -n "$$GIGSCOUT_TEST_PG_DSN" ]; then \
	  GIGSCOUT_SCALETEST=1 GIGSCOUT_BIN=$(abspath $(BIN)) $(GO) test -count=1 -timeout 10m -run '^TestScaleOut$$' -v ./cmd/gigscout; \
	else \
	  eval "$$(.ci/pg-start)"; trap '.ci/pg-stop "$$GIGSCOUT_TEST_PG_DIR"' EXIT; \
	  GIGSCOUT_SCALETEST=1 GIGSCOUT_BIN=$(abspath $(BIN)) GIGSCOUT_TEST_PG_DSN="$$GIGSCOUT_TEST_PG_DSN" \
	    $(GO) test -count=1 -timeout 10m -run '^TestScaleOut$$' -v ./cmd/gigscout; \
	fi

# Scale-out figures for docs/scaling.md: crawl throughput with 1, 2 and 4
# `gigscout worker` processes against loopback boards, and a search
# replica's lag under a steady crawl, on a throwaway PostgreSQL
# (.ci/pg-start). Prints a table; GIGSCOUT_SCALEBENCH_OUT=FILE keeps it.
.PHONY: scale-bench
scale-bench: build
	@eval "$$(.ci/pg-start)"; trap '.ci/pg-stop "$$GIGSCOUT_TEST_PG_DIR"' EXIT; \
	  GIGSCOUT_SCALEBENCH=1 GIGSCOUT_BIN=$(abspath $(BIN)) GIGSCOUT_TEST_PG_DSN="$$GIGSCOUT_TEST_PG_DSN" \
	  $(GO) test -count=1 -timeout 20m -run '^TestScaleBench$$' -v ./cmd/gigscout
