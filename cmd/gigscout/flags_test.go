package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
)

const (
	flagsTestScam = `{"id":"s1","title":"Data Entry Clerk (Work From Home)","description":"Earn $300 per day from home in your free time. No experience needed. Pay a $50 registration fee to get your starter kit. Interview on Telegram: @hr_jobs.","pay":"$300 per day"}`
	flagsTestOK   = `{"id":7,"title":"Marketing Intern","company":"Acme Analytics","company_profile":"Acme builds dashboards for schools.","description":"<p>Over 4 weeks (about 20 hours) you will write three blog posts and build a social media calendar, reporting to our marketing lead.</p>","pay":"$25/hour","location":"Remote (US)","employment_type":"Internship","url":"https://example.org/jobs/7"}`
	flagsTestNoID = `{"title":"Unpaid Summer Volunteer","description":"Help with various tasks as needed.","pay":"Unpaid"}`
)

func flagsTestRun(t *testing.T, args []string, stdin io.Reader) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := cmdFlags(args, stdin, &out, &errb, redflag.New(redflag.Options{}),
		normalize.Options{Now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
	return code, out.String(), errb.String()
}

func TestCmdFlags(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(file, []byte(flagsTestScam+"\n"+flagsTestOK+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		stdin      io.Reader
		code       int
		out, noOut []string // substrings of stdout
		errOut     []string // substrings of stderr
		jsonLines  int      // with --json: expected output lines
	}{
		{name: "json from stdin", args: []string{"--json"}, stdin: strings.NewReader(flagsTestScam + "\n" + flagsTestOK + "\n"),
			out: []string{`"id":"s1"`, `"risk":"high"`, `"SCAM_UPFRONT_FEE"`, `"SCAM_OFFPLATFORM_CONTACT"`, `"id":"7"`}, jsonLines: 2},
		{name: "text explanation", args: nil, stdin: strings.NewReader(flagsTestScam),
			out: []string{"s1: Data Entry Clerk", "risk: high", "SCAM_UPFRONT_FEE (scam, high):", `text: "`, "registration fee"}},
		{name: "dash is stdin", args: []string{"-"}, stdin: strings.NewReader(flagsTestNoID),
			out: []string{"1: Unpaid Summer Volunteer", "pay: unpaid", "UNPAID (unpaid, high)", `pay_text: "Unpaid"`}},
		{name: "file argument", args: []string{"--json", file}, stdin: strings.NewReader("ignored"),
			out: []string{`"id":"s1"`, `"id":"7"`}, jsonLines: 2},
		{name: "bad lines skipped with line numbers", args: []string{"--json"},
			stdin: strings.NewReader("{not json}\n\n" + `{"description":"no title"}` + "\n" + flagsTestOK + "\n"),
			out:   []string{`"id":"7"`}, errOut: []string{"line 1: invalid JSON", "line 3: missing title"}, jsonLines: 1},
		{name: "id defaults to line number", args: []string{"--json"}, stdin: strings.NewReader("\n" + flagsTestNoID),
			out: []string{`"id":"2"`}, jsonLines: 1},
		{name: "no flags says so", args: nil, stdin: strings.NewReader(flagsTestOK),
			noOut: []string{"SCAM_", "UNPAID"}},
		{name: "unknown flag", args: []string{"--bogus"}, stdin: strings.NewReader(""), code: 2,
			errOut: []string{"bogus"}},
		{name: "missing file", args: []string{filepath.Join(dir, "nope.jsonl")}, code: 2,
			errOut: []string{"nope.jsonl"}},
		{name: "two files", args: []string{file, file}, code: 2, errOut: []string{"at most one FILE"}},
		{name: "read error midway", args: []string{"--json"},
			stdin: io.MultiReader(strings.NewReader(flagsTestOK+"\n"), iotest.ErrReader(errors.New("disk on fire"))),
			code:  1, out: []string{`"id":"7"`}, errOut: []string{"disk on fire"}},
		{name: "help", args: []string{"-h"}, code: 0, errOut: []string{"usage: gigscout flags"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := flagsTestRun(t, tc.args, tc.stdin)
			if code != tc.code {
				t.Fatalf("exit code %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, out, errOut)
			}
			for _, s := range tc.out {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tc.noOut {
				if strings.Contains(out, s) {
					t.Errorf("stdout has %q:\n%s", s, out)
				}
			}
			for _, s := range tc.errOut {
				if !strings.Contains(errOut, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errOut)
				}
			}
			if tc.jsonLines > 0 {
				lines := strings.Split(strings.TrimSpace(out), "\n")
				if len(lines) != tc.jsonLines {
					t.Fatalf("got %d output lines, want %d:\n%s", len(lines), tc.jsonLines, out)
				}
				for _, line := range lines {
					var o flagsOutput
					if err := json.Unmarshal([]byte(line), &o); err != nil {
						t.Fatalf("output line is not JSON: %v: %s", err, line)
					}
					if o.Flags == nil || o.Risk != redflag.Risk(o.Flags) {
						t.Errorf("line %s: flags %v, risk %s", o.ID, o.Flags, o.Risk)
					}
					for _, f := range o.Flags {
						if f.Evidence.Field == "" {
							t.Errorf("line %s: flag %s has no evidence field", o.ID, f.ID)
						}
					}
				}
			}
		})
	}
}

func TestFlagsQuote(t *testing.T) {
	long := strings.Repeat("é", 200)
	q := flagsQuote(long)
	if !strings.HasSuffix(q, "…") || len(q) > 170 || !strings.HasPrefix(long, strings.TrimSuffix(q, "…")) {
		t.Errorf("flagsQuote cut badly: %q", q)
	}
	if flagsQuote("short") != "short" {
		t.Error("short text changed")
	}
}
