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
	// flagsTestAPI is a listing as /api/v1/listings/{id} returns it.
	flagsTestAPI = `{"id":"a1b2","source":"remoteok","external_id":"99","url":"https://example.org/99","title":"Earn daily from home","company":"","locations":[],"remote":"remote","remote_regions":["worldwide"],"type":"part_time","project_based":false,"pay":{"min":300,"max":300,"currency":"USD","unit":"day","source":"text","hourly":0,"hourly_usd":0},"pay_text":"$300 per day","unpaid":false,"hours":null,"duration_days":null,"deadline":null,"skills":[],"description_html":"<p>Earn $300 daily from home. Pay a $50 registration fee for your starter kit.</p>","text":"Earn $300 daily from home. Pay a $50 registration fee for your starter kit.","posted_at":null,"first_seen":"2026-11-01T00:00:00Z","last_seen":"2026-11-01T00:00:00Z","closed_at":null,"flags":[],"risk":"low","also_at":[]}`
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
		{name: "bad lines named, the rest explained, exit 2", args: []string{"--json"}, code: 2,
			stdin: strings.NewReader("{not json}\n\n" + `{"description":"no title"}` + "\n" + flagsTestOK + "\n"),
			out:   []string{`"id":"7"`}, errOut: []string{"line 1: invalid JSON", `line 3: missing "title"`, "2 of 3 lines could not be read"}, jsonLines: 1},
		{name: "unknown fields named, exit 2", args: []string{"--json"}, code: 2,
			stdin:  strings.NewReader(`{"title":"Data intern","descripton":"typo","salary":"$20/h"}` + "\n" + flagsTestOK + "\n"),
			out:    []string{`"id":"7"`},
			errOut: []string{`line 1: unknown fields "descripton", "salary" (read as the input fields: company, company_profile, description,`, "1 of 2 lines could not be read"}, jsonLines: 1},
		{name: "the API's listing JSON", args: []string{"--json"}, stdin: strings.NewReader(flagsTestAPI + "\n"),
			out: []string{`"id":"a1b2"`, `"risk":"high"`, `"SCAM_UPFRONT_FEE"`}, jsonLines: 1},
		{name: "the API's listing JSON with an unknown field", args: nil, code: 2,
			stdin:  strings.NewReader(strings.Replace(flagsTestAPI, `"title"`, `"colour":"red","title"`, 1) + "\n"),
			errOut: []string{`line 1: unknown field "colour" (read as the API's listing fields:`}},
		{name: "a search result (with snippet) is a listing too", args: nil,
			stdin: strings.NewReader(strings.Replace(flagsTestAPI, `"title"`, `"snippet":"<mark>earn</mark>","title"`, 1) + "\n"),
			out:   []string{"a1b2: Earn daily from home", "SCAM_UPFRONT_FEE"}},
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

func FuzzDecodeFlagsLine(f *testing.F) {
	for _, s := range []string{flagsTestScam, flagsTestOK, flagsTestNoID, flagsTestAPI, `{"title":1}`, `{"pay":{"min":"x"},"title":"t"}`, `[]`, `{"colour":"red"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		p, _, err := decodeFlagsLine(line, 1)
		if err == nil && strings.TrimSpace(p.Title) == "" {
			t.Errorf("accepted a line without a title: %s", line)
		}
		var le *flagsLineError
		if err != nil && !errors.As(err, &le) {
			t.Errorf("error %v is not a line error", err)
		}
	})
}
