package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/store"
)

// TestGlobalFlagsBeforeTheCommand: --config and --data work before the
// command as after it.
func TestGlobalFlagsBeforeTheCommand(t *testing.T) {
	b := newBoard(t, boardFile)
	cfg, _ := writeConfig(t, b.srv.URL)
	for _, args := range [][]string{
		{"--config", cfg, "sources", "--json"},
		{"--config=" + cfg, "sources", "--json"},
		{"sources", "--json", "--config", cfg},
	} {
		code, out, errs := gigscout(t, args...)
		if code != 0 || !strings.Contains(out, `"name": "brightpath"`) {
			t.Errorf("%q: exit %d, out %q, err %q", args, code, out, errs)
		}
	}
	if code, _, errs := gigscout(t, "--config", cfg); code != 2 || !strings.Contains(errs, "no command given") {
		t.Errorf("no command: exit %d %q", code, errs)
	}
	if code, _, errs := gigscout(t, "--config", cfg, "--help"); code != 0 || !strings.Contains(errs, "usage: gigscout") {
		t.Errorf("--help after a global flag: exit %d %q", code, errs)
	}
}

func TestUnknownNamesSuggest(t *testing.T) {
	b := newBoard(t, boardFile)
	cfg, _ := writeConfig(t, b.srv.URL)
	code, _, errs := gigscout(t, "crawl", "--config", cfg, "brightpth")
	if code != 2 || !strings.Contains(errs, `unknown source "brightpth" (did you mean "brightpath"?); the sources are: brightpath`) {
		t.Errorf("crawl with a misspelt source: exit %d %q", code, errs)
	}
	if strings.Count(errs, "unknown source") != 1 {
		t.Errorf("the error is printed more than once: %q", errs)
	}
	code, _, errs = gigscout(t, "serv", "--config", cfg)
	if code != 2 || !strings.Contains(errs, `unknown command "serv" (did you mean "serve"?)`) {
		t.Errorf("misspelt command: exit %d %q", code, errs)
	}
	for _, tt := range []struct{ in, want string }{{"greenhuose", "greenhouse"}, {"lever", "lever"}, {"zzzzzz", ""}, {"remoteok", "remoteok"}} {
		kinds := []string{"greenhouse", "lever", "remoteok", "remotive"}
		if got := didYouMean(tt.in, kinds); got != tt.want {
			t.Errorf("didYouMean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := oneLine("dns: no such host\n  while fetching\trobots.txt"); got != "dns: no such host while fetching robots.txt" {
		t.Errorf("oneLine = %q", got)
	}
	if countListings(1) != "1 listing" || countListings(0) != "0 listings" {
		t.Error("plurals")
	}
}

// TestSourcesTableWithMultilineError: an error that spans lines stays in
// its row of `gigscout sources`.
func TestSourcesTableWithMultilineError(t *testing.T) {
	b := newBoard(t, boardFile)
	cfg, dataDir := writeConfig(t, b.srv.URL)
	st, err := store.Open(context.Background(), filepath.Join(dataDir, "gigscout.db"))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	if _, err := st.RecordRun(context.Background(), &store.Run{Source: "brightpath", Kind: "greenhouse", Status: "failed",
		StartedAt: now, FinishedAt: now, Error: "greenhouse: decode board:\nunexpected token\n\tat line 3"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, errs := gigscout(t, "sources", "--config", cfg)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], "greenhouse: decode board: unexpected token at line 3") {
		t.Errorf("table broken by a multi-line error:\n%s", out)
	}
}

func TestHelpEverywhereAndErrorsOnce(t *testing.T) {
	for _, cmd := range []string{"serve", "crawl", "search", "reindex", "sources", "demo", "flags"} {
		code, _, errs := gigscout(t, cmd, "--help")
		if code != 0 || !strings.Contains(errs, "usage: gigscout "+cmd) {
			t.Errorf("%s --help: exit %d\n%s", cmd, code, errs)
		}
		if cmd != "flags" && (!strings.Contains(errs, "examples:") || strings.Contains(errs, "\n  -json")) {
			t.Errorf("%s --help: no examples, or flags in -name form:\n%s", cmd, errs)
		}
	}
	code, _, errs := gigscout(t, "crawl", "--bogus")
	if code != 2 || strings.Count(errs, "bogus") != 1 || !strings.Contains(errs, "--bogus") || strings.Contains(errs, " -bogus") {
		t.Errorf("unknown flag: exit %d, want the error once in --flag form:\n%s", code, errs)
	}
	code, _, errs = gigscout(t, "search", "--limit", "many", "q")
	if code != 2 || !strings.Contains(errs, `invalid value "many" for flag --limit`) {
		t.Errorf("bad flag value: exit %d\n%s", code, errs)
	}
}

func TestCompletionScript(t *testing.T) {
	code, script, errs := gigscout(t, "completion", "bash")
	if code != 0 || !strings.Contains(script, "complete -F _gigscout gigscout") {
		t.Fatalf("completion bash: exit %d %s", code, errs)
	}
	if code, _, _ := gigscout(t, "completion", "tcsh"); code != 2 {
		t.Errorf("completion for an unknown shell: exit %d, want 2", code)
	}
	complete := bashCompleter(t, script)
	for _, tt := range []struct{ words, want string }{
		{"gigscout cr", "crawl"},
		{"gigscout --config x se", "search serve"},
		{"gigscout search --l", "--limit"},
		{"gigscout completion z", "zsh"},
	} {
		if got := complete(tt.words); got != tt.want {
			t.Errorf("completing %q = %q, want %q", tt.words, got, tt.want)
		}
	}
}

// bashCompleter sources a bash completion script and returns a function
// that completes a command line as bash would (a trailing space starts a
// new, empty word). It skips the test where bash is not installed.
func bashCompleter(t *testing.T, script string) func(line string) string {
	t.Helper()
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash not installed: the script's behaviour is not checked")
	}
	file := filepath.Join(t.TempDir(), "gigscout.bash")
	if err := os.WriteFile(file, []byte(script), 0o600); err != nil {
		t.Fatal(err)
	}
	return func(line string) string {
		t.Helper()
		words := strings.Fields(line)
		cword := len(words) - 1
		if strings.HasSuffix(line, " ") {
			words = append(words, `""`)
			cword++
		}
		sh := fmt.Sprintf(`source %q; COMP_WORDS=(%s); COMP_CWORD=%d; _gigscout; echo "${COMPREPLY[*]}"`, file, strings.Join(words, " "), cword)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		out, err := exec.CommandContext(ctx, bash, "--norc", "--noprofile", "-c", sh).Output()
		if err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		return strings.TrimSpace(string(out))
	}
}
