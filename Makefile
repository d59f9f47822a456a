# gigscout — see README.md. `make run` serves with the shipped config,
# `make test` runs every test.
GO      ?= go
BIN     := bin/gigscout
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: build run test demo bench lint eval-flags fuzz clean

build:
	CGO_ENABLED=1 $(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/gigscout

run: build
	./$(BIN) serve --config config/gigscout.yaml

test:
	CGO_ENABLED=1 $(GO) test -race -count=1 ./...
	@# go test hides why a passing package skipped a test: say which flag
	@# threshold tests were skipped (no ../shared sample) and why.
	@$(GO) test -count=1 -v -run '$(THRESHOLD_TESTS)' ./cmd/evalflags/ ./internal/redflag/ 2>&1 | \
	  grep -B1 -- '--- SKIP' | grep -v -e '^--$$' -e '^=== ' || echo "flag threshold tests: none skipped"

# The red-flag threshold tests: the repository's own examples always run;
# the shared-sample ones skip without ../shared.
THRESHOLD_TESTS := ^(TestRepoExampleTargets|TestSampleTargets|TestSplitPartitions|TestSharedExamples|TestDemoSpans)$$

demo: build
	./$(BIN) demo

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# Precision and recall of the red-flag rules on testdata/redflags (in the
# repository), then on ../shared/redflags when that sample is present.
eval-flags:
	$(GO) run ./cmd/evalflags -data testdata/redflags/examples.jsonl -shared ../shared

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
