package main

import (
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
)

// commandHelp is each command's usage line, one-sentence summary and
// examples, for `gigscout CMD --help`. A new command adds its entry here.
var commandHelp = map[string]struct{ Usage, Summary, Examples string }{
	"serve":   {"gigscout serve", "Serve the HTTP API and pages, and crawl each source on its schedule.", "gigscout serve\n  gigscout --config config/gigscout.yaml --data /var/lib/gigscout serve"},
	"crawl":   {"gigscout crawl [--json] [SOURCE...]", "Crawl the named sources (or all) once now and print a summary per source.", "gigscout crawl\n  gigscout crawl --json remotive remoteok"},
	"search":  {"gigscout search [--json] [--limit N] [--filter KEY=VALUE]... QUERY", "Search the listings as the API does.", "gigscout search data analysis\n  gigscout search --filter paid=true --filter region=US --limit 5 python"},
	"reindex": {"gigscout reindex", "Rebuild the search index from the database.", "gigscout reindex"},
	"sources": {"gigscout sources [--json]", "Show each source's last run, last success, listings and last error.", "gigscout sources\n  gigscout sources --json"},
	"demo":    {"gigscout demo", "Serve bundled sample boards on 127.0.0.1, crawl them and serve the pages.", "gigscout demo"},
}

// flagOut remembers where each command's help goes: the flag sets write
// nothing themselves, so an error is printed once, by exitCode.
var flagOut sync.Map // *flag.FlagSet -> io.Writer

func registerHelp(fs *flag.FlagSet, w io.Writer) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	flagOut.Store(fs, w)
}

// printHelp writes the help of the command fs parses, flags in --name form.
func printHelp(fs *flag.FlagSet) {
	v, ok := flagOut.Load(fs)
	if !ok {
		return
	}
	w := v.(io.Writer)
	h := commandHelp[fs.Name()]
	if h.Usage == "" {
		h.Usage = "gigscout " + fs.Name()
	}
	fmt.Fprintf(w, "usage: %s\n", h.Usage)
	if h.Summary != "" {
		fmt.Fprintf(w, "\n%s\n", h.Summary)
	}
	fmt.Fprintln(w, "\nflags:")
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		arg := ""
		if name != "" {
			arg = " " + strings.ToUpper(name)
		}
		fmt.Fprintf(w, "  --%s%s\n      %s\n", f.Name, arg, usage)
	})
	fmt.Fprintln(w, "  --config FILE\n      the configuration (default config/gigscout.yaml, env GIGSCOUT_CONFIG)")
	fmt.Fprintln(w, "  --data DIR\n      the data directory (overrides data_dir)")
	if h.Examples != "" {
		fmt.Fprintf(w, "\nexamples:\n  %s\n", h.Examples)
	}
}

// reDashFlag finds a flag written with one dash in the flag package's messages.
var reDashFlag = regexp.MustCompile(`(^|[\s:])-([A-Za-z][\w-]*)`)

// flagMessage turns the flag package's error into our form: the flag as
// --name, and a pointer to the command's help.
func flagMessage(name string, err error) string {
	msg := reDashFlag.ReplaceAllString(err.Error(), "$1--$2")
	return fmt.Sprintf("%s: %s (see gigscout %s --help)", name, msg, name)
}
