package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alecthomas/kong"
)

// TestEveryCommandHasHelp: each command and subcommand of the kong model
// has its usage and examples in commandHelp, and `--help` prints them with
// its own flags in --name form.
func TestEveryCommandHasHelp(t *testing.T) {
	k, err := newParser(&cli{}, &env{})
	if err != nil {
		t.Fatal(err)
	}
	var paths []*kong.Node
	var walk func(n *kong.Node)
	walk = func(n *kong.Node) {
		for _, c := range n.Children {
			if c.Type == kong.CommandNode {
				paths = append(paths, c)
				walk(c)
			}
		}
	}
	walk(k.Model.Node)
	if len(paths) < 16 {
		t.Fatalf("the model has %d commands, want at least 16", len(paths))
	}
	for _, n := range paths {
		name := n.Path()
		h := commandHelp[name]
		if h.Usage == "" || h.Examples == "" {
			t.Errorf("%s: no usage or examples in commandHelp", name)
		}
		code, out, errs := gigscout(t, append(strings.Fields(name), "--help")...)
		if code != 0 || out != "" || !strings.Contains(errs, "usage: gigscout "+name) || !strings.Contains(errs, "\nexamples:\n") ||
			!strings.Contains(errs, "  --config FILE\n") {
			t.Errorf("%s --help: exit %d, stdout %q\n%s", name, code, out, errs)
		}
		for _, f := range n.Flags {
			if !strings.Contains(errs, "  --"+f.Name) {
				t.Errorf("%s --help lacks --%s:\n%s", name, f.Name, errs)
			}
		}
		for _, c := range n.Children {
			if !strings.Contains(errs, name+" "+c.Name) {
				t.Errorf("%s --help lacks its subcommand %s:\n%s", name, c.Name, errs)
			}
		}
	}
}

// TestParseErrors: kong's parse errors come out in our form, once, exit 2.
func TestParseErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"crawl", "--jsn"}, `gigscout: crawl: flag provided but not defined: --jsn, did you mean "--json"? (see gigscout crawl --help)`},
		{[]string{"search", "--limit"}, "gigscout: search: flag --limit needs a value"},
		{[]string{"search", "--limit=x"}, `invalid value "x" for flag --limit`},
		{[]string{"--data"}, "gigscout: flag --data needs a value"},
		{[]string{"digest"}, "gigscout: digest: want a subcommand\nusage:\n  gigscout digest run"},
		{[]string{"digest", "sned"}, `gigscout: digest: unknown subcommand "sned"`},
		{[]string{"widget", "create", "--bogus"}, "gigscout: widget create: flag provided but not defined: --bogus (see gigscout widget create --help)"},
		{[]string{"sourcse"}, `gigscout: unknown command "sourcse" (did you mean "sources"?)`},
		{[]string{"widgte", "list"}, `gigscout: unknown command "widgte" (did you mean "widget"?)`},
		{[]string{"flags", "a.jsonl", "b.jsonl"}, "gigscout: flags: expected at most one FILE, got 2 arguments"},
		{[]string{"search", "--filter", "paid"}, `gigscout: search: invalid value "paid" for flag --filter: want KEY=VALUE, got "paid"`},
	} {
		code, out, errs := gigscout(t, tt.args...)
		if code != 2 || out != "" || !strings.Contains(errs, tt.want) || strings.Count(errs, "gigscout:") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and %q once", tt.args, code, out, errs, tt.want)
		}
	}
}

// TestConfigFromEnvAndOneDashFlags: GIGSCOUT_CONFIG names the
// configuration when --config is not given (and --config wins over it);
// flags written with one dash, as the flag package took them, still work.
func TestConfigFromEnvAndOneDashFlags(t *testing.T) {
	b := newBoard(t, boardFile)
	cfg, _ := writeConfig(t, b.srv.URL)
	runEnv := func(env map[string]string, args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		code := run(ctx, args, strings.NewReader(""), &out, &errb, func(k string) string { return env[k] })
		return code, out.String(), errb.String()
	}
	if code, out, errs := runEnv(map[string]string{"GIGSCOUT_CONFIG": cfg}, "sources", "--json"); code != 0 || !strings.Contains(out, `"name": "brightpath"`) {
		t.Errorf("GIGSCOUT_CONFIG: exit %d %q %q", code, out, errs)
	}
	missing := filepath.Join(t.TempDir(), "none.yaml")
	if code, _, errs := runEnv(map[string]string{"GIGSCOUT_CONFIG": missing}, "sources"); code != 2 || !strings.Contains(errs, "none.yaml") {
		t.Errorf("GIGSCOUT_CONFIG naming a missing file: exit %d %q", code, errs)
	}
	if code, out, errs := runEnv(map[string]string{"GIGSCOUT_CONFIG": missing}, "sources", "--json", "--config", cfg); code != 0 || !strings.Contains(out, "brightpath") {
		t.Errorf("--config over GIGSCOUT_CONFIG: exit %d %q %q", code, out, errs)
	}
	if code, out, errs := gigscout(t, "sources", "-json", "-config="+cfg); code != 0 || !strings.Contains(out, `"name": "brightpath"`) {
		t.Errorf("one-dash flags: exit %d %q %q", code, out, errs)
	}
}

// TestCompletionOfSubcommands: the script, made from kong's model,
// completes subcommands of a group and their flags.
func TestCompletionOfSubcommands(t *testing.T) {
	code, script, errs := gigscout(t, "completion", "zsh")
	if code != 0 || !strings.Contains(script, "bashcompinit") {
		t.Fatalf("completion zsh: exit %d %s", code, errs)
	}
	_, script, _ = gigscout(t, "completion", "bash")
	complete := bashCompleter(t, script)
	for _, tt := range []struct{ words, want string }{
		{"gigscout wi", "widget"},
		{"gigscout widget ", "create list revoke --config --data --help"},
		{"gigscout widget create --o", "--origin"},
		{"gigscout --data d digest r", "run"},
		{"gigscout digest run --d", "--dry-run --data"},
		{"gigscout crawl --config ", ""},
	} {
		got := complete(tt.words)
		if tt.want == "" {
			continue // file names of the working directory
		}
		if got != tt.want {
			t.Errorf("completing %q = %q, want %q", tt.words, got, tt.want)
		}
	}
}
