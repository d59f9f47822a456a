package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/alecthomas/kong"
)

// completionWords are, for each command path of the kong model ("crawl",
// "widget create"), the words to complete after it: its subcommands and
// flags in --name form.
func completionWords(root *kong.Node) map[string][]string {
	out := map[string][]string{}
	var walk func(n *kong.Node)
	walk = func(n *kong.Node) {
		for _, c := range n.Children {
			if c.Type != kong.CommandNode {
				continue
			}
			var words []string
			for _, sub := range c.Children {
				if sub.Type == kong.CommandNode {
					words = append(words, sub.Name)
				}
			}
			for _, f := range c.Flags {
				words = append(words, "--"+f.Name)
			}
			out[c.Path()] = append(words, "--config", "--data", "--help")
			walk(c)
		}
	}
	walk(root)
	return out
}

// completion prints a completion script for shell (bash, or zsh through
// bashcompinit), made from the kong model root. Source it from the
// shell's rc file:
//
//	source <(gigscout completion bash)
func completion(shell string, root *kong.Node, e *env) error {
	words := completionWords(root)
	var cmds, top, groups []string
	for c := range words {
		cmds = append(cmds, c)
		if !strings.Contains(c, " ") {
			top = append(top, c)
		} else if g, _, _ := strings.Cut(c, " "); !slices.Contains(groups, g) {
			groups = append(groups, g)
		}
	}
	sort.Strings(groups)
	sort.Strings(cmds)
	sort.Strings(top)
	var cases strings.Builder
	for _, c := range cmds {
		fmt.Fprintf(&cases, "    %q) opts=%q ;;\n", c, strings.Join(words[c], " "))
	}
	script := `# gigscout completion (` + shell + `)
_gigscout() {
  local cur prev cmd opts i w
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
    --config) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
    --data) COMPREPLY=( $(compgen -d -- "$cur") ); return ;;
  esac
  cmd=""
  for ((i=1; i<COMP_CWORD; i++)); do
    w="${COMP_WORDS[i]}"
    case "$w" in
      --config|--data) ((i++)) ;;
      -*) ;;
      *)
        if [[ -z "$cmd" ]]; then cmd="$w"
        elif [[ " ` + strings.Join(groups, " ") + ` " == *" $cmd "* ]]; then cmd="$cmd $w"; break
        else break; fi ;;
    esac
  done
  if [[ -z "$cmd" ]]; then
    COMPREPLY=( $(compgen -W "` + strings.Join(top, " ") + ` --config --data --help" -- "$cur") )
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
	if shell == "zsh" {
		script += "autoload -U +X bashcompinit && bashcompinit\n"
	}
	script += "complete -F _gigscout gigscout\n"
	_, err := fmt.Fprint(e.stdout, script)
	return err
}
