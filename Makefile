# gigscout — see README.md. `make run` serves with the shipped config,
# `make test` runs every test.
GO      ?= go
BIN     := bin/gigscout
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: build run test demo bench bench-go lint eval-flags fuzz clean

build:
	CGO_ENABLED=1 $(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/gigscout

run: build
	./$(BIN) serve --config config/gigscout.yaml

test:
	CGO_ENABLED=1 $(GO) test -race -count=1 ./...

demo: build
	./$(BIN) demo

# End to end (cmd/gigbench): BENCH_N synthetic listings through `gigscout
# crawl`, `reindex` and `serve`, beside raw Bleve and SQLite FTS5; prints a
# table and writes BENCHMARKS.md. `make bench BENCH_N=20000` is quick.
BENCH_N ?= 200000
bench: build
	CGO_ENABLED=1 $(GO) build -tags sqlite_fts5 -o bin/gigbench ./cmd/gigbench
	./bin/gigbench -gigscout $(BIN) -n $(BENCH_N) -commit $(VERSION) -out BENCHMARKS.md

# The packages' `go test -bench` benchmarks.
bench-go:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

eval-flags:
	$(GO) run ./cmd/evalflags -shared ../shared

# A short run of every fuzz target (FUZZTIME each).
FUZZTIME ?= 10s
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run='^$$' -fuzz="^$$f$$" -fuzztime=$(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -rf bin data
