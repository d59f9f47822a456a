package main

import (
	"fmt"
	"sort"
	"strings"
)

// commandFlags are the commands and their flags, for shell completion and
// did-you-mean. Registering a command: a case in dispatch (main.go), its
// flags here, and its usage, summary and examples in commandHelp (help.go).
var commandFlags = map[string][]string{
	"serve": nil, "crawl": {"--json"}, "search": {"--json", "--limit", "--filter"}, "flags": {"--json"},
	"reindex": nil, "sources": {"--json"}, "demo": nil, "version": nil, "completion": nil,
}

// cmdCompletion prints a completion script: `gigscout completion bash`
// (also zsh, through bashcompinit). Source it from the shell's rc file:
//
//	source <(gigscout completion bash)
func cmdCompletion(args []string, e *env) error {
	if len(args) != 1 || (args[0] != "bash" && args[0] != "zsh") {
		return usagef("completion: want one shell, bash or zsh (e.g. source <(gigscout completion bash))")
	}
	var cmds []string
	for c := range commandFlags {
		cmds = append(cmds, c)
	}
	sort.Strings(cmds)
	var cases strings.Builder
	for _, c := range cmds {
		fmt.Fprintf(&cases, "    %s) opts=%q ;;\n", c, strings.Join(append(commandFlags[c], "--config", "--data", "--help"), " "))
	}
	script := `# gigscout completion (` + args[0] + `)
_gigscout() {
  local cur prev cmd opts i
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
    --config) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
    --data) COMPREPLY=( $(compgen -d -- "$cur") ); return ;;
  esac
  cmd=""
  for ((i=1; i<COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in
      --config|--data) ((i++)) ;;
      -*) ;;
      *) cmd="${COMP_WORDS[i]}"; break ;;
    esac
  done
  if [[ -z "$cmd" ]]; then
    COMPREPLY=( $(compgen -W "` + strings.Join(cmds, " ") + ` --config --data --help" -- "$cur") )
    return
  fi
  case "$cmd" in
` + cases.String() + `    *) opts="" ;;
  esac
  if [[ "$cmd" == "completion" ]]; then opts="bash zsh"; fi
  if [[ "$cmd" == "flags" && "$cur" != -* ]]; then COMPREPLY=( $(compgen -f -- "$cur") ); return; fi
  COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
}
`
	if args[0] == "zsh" {
		script += "autoload -U +X bashcompinit && bashcompinit\n"
	}
	script += "complete -F _gigscout gigscout\n"
	_, err := fmt.Fprint(e.stdout, script)
	return err
}
