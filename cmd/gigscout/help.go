package main

import (
	"fmt"
	"io"

	"github.com/alecthomas/kong"
)

// commandHelp is each command's usage line, one-sentence summary and
// examples, for `gigscout CMD --help`, keyed by the command's path. A new
// command adds its entry here.
var commandHelp = map[string]struct{ Usage, Summary, Examples string }{
	"serve":   {"gigscout serve [--role all|search|worker]", "Serve the HTTP API and pages, and crawl each source on its schedule.", "gigscout serve\n  gigscout --config config/gigscout.yaml --data /var/lib/gigscout serve\n  GIGSCOUT_STORE_DSN=postgres://gigscout@db/gigscout gigscout serve --role search"},
	"worker":  {"gigscout worker [--listen ADDR]", "Take crawl jobs from the queue in the PostgreSQL store (store.dsn); run any number of them.", "GIGSCOUT_STORE_DSN=postgres://gigscout@db/gigscout gigscout worker\n  gigscout worker --listen 127.0.0.1:9101"},
	"crawl":   {"gigscout crawl [--json] [SOURCE...]", "Crawl the named sources (or all) once now and print a summary per source.", "gigscout crawl\n  gigscout crawl --json remotive remoteok"},
	"search":  {"gigscout search [--json] [--limit N] [--filter KEY=VALUE]... QUERY", "Search the listings as the API does.", "gigscout search data analysis\n  gigscout search --filter paid=true --filter region=US --limit 5 python"},
	"reindex": {"gigscout reindex", "Rebuild the search index from the database.", "gigscout reindex"},
	"sources": {"gigscout sources [--json]", "Show each source's last run, last success, listings and last error.", "gigscout sources\n  gigscout sources --json"},
	"demo":    {"gigscout demo", "Serve bundled sample boards on 127.0.0.1, crawl them and serve the pages.", "gigscout demo"},
	"flags": {"gigscout flags [--json] [FILE|-]", "Reads listings as JSON Lines (id, title, company, company_profile, description,\n" +
		"pay, location, employment_type, url; only title is required), or the API's own\n" +
		"listing JSON, from FILE or standard input and explains the red flags of each.\n" +
		"The whole input is one corpus for the cross-listing signals (SCAM_TEMPLATE_REUSE).\n" +
		"A line with an unknown field, bad JSON or no title is named and the exit code is 2.",
		"gigscout flags listings.jsonl\n  curl -s localhost:8080/api/v1/listings/ID | gigscout flags --json -"},
	"version":       {"gigscout version", "Print the version.", "gigscout version"},
	"completion":    {"gigscout completion bash|zsh", "Print a shell completion script; source it from the shell's rc file.", "source <(gigscout completion bash)\n  gigscout completion zsh > ~/.zsh/gigscout.zsh"},
	"widget":        {"gigscout widget create|list|revoke", "Career-office widget keys: locked filters, allowed websites.", "gigscout widget list\n  gigscout widget create --name \"State U careers\" --origin https://careers.example.edu --filter paid=true\n  gigscout widget revoke wk_..."},
	"widget create": {"gigscout widget create --name NAME --origin URL [--origin URL]... [--filter KEY=VALUE]... [--expires 365d|never] [--json]", "Make a widget key for a career office's website, with locked search filters.", "gigscout widget create --name \"State U careers\" --origin https://careers.example.edu --filter paid=true --filter region=US"},
	"widget list":   {"gigscout widget list [--json]", "List the widget keys.", "gigscout widget list\n  gigscout widget list --json"},
	"widget revoke": {"gigscout widget revoke KEY", "Revoke a widget key: the widget stops working at once.", "gigscout widget revoke wk_..."},
	"digest":        {"gigscout digest run|status", "Saved-search digest e-mails.", "gigscout digest run --dry-run\n  gigscout digest status"},
	"digest run":    {"gigscout digest run [--dry-run] [--json]", "Send the digest e-mails that are due now (or, with --dry-run, print them).", "gigscout digest run\n  gigscout digest run --dry-run --json"},
	"digest status": {"gigscout digest status [--json]", "Subscriptions (addresses masked), last sent, next due, failures.", "gigscout digest status\n  gigscout digest status --json"},
}

// groupUsage is the usage of a command with subcommands, for its errors.
var groupUsage = map[string]string{
	"widget": widgetUsage,
	"digest": "usage:\n  gigscout digest run [--dry-run] [--json]\n  gigscout digest status [--json]",
}

// printHelp writes the help of the command node (the whole usage for the
// root or none), flags in --name form, then the examples.
func printHelp(w io.Writer, node *kong.Node) {
	if node == nil || node.Type != kong.CommandNode {
		fmt.Fprint(w, usage)
		return
	}
	name := node.Path()
	h := commandHelp[name]
	if h.Usage == "" {
		h.Usage = "gigscout " + name
	}
	fmt.Fprintf(w, "usage: %s\n", h.Usage)
	if h.Summary != "" {
		fmt.Fprintf(w, "\n%s\n", h.Summary)
	}
	if len(node.Children) > 0 {
		fmt.Fprintln(w, "\ncommands:")
		for _, c := range node.Children {
			fmt.Fprintf(w, "  %s %s\n      %s\n", name, c.Name, c.Help)
		}
	}
	fmt.Fprintln(w, "\nflags:")
	groups := node.AllFlags(true)
	for i := len(groups) - 1; i >= 0; i-- { // the command's own flags first, the global ones last
		for _, f := range groups[i] {
			if f.Name == "help" {
				continue
			}
			arg := ""
			if !f.IsBool() {
				arg = " " + f.FormatPlaceHolder()
			}
			fmt.Fprintf(w, "  --%s%s\n      %s\n", f.Name, arg, f.Help)
		}
	}
	if h.Examples != "" {
		fmt.Fprintf(w, "\nexamples:\n  %s\n", h.Examples)
	}
}
