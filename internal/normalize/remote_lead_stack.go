package normalize

import (
	"regexp"
	"strings"
)

// leadRemoteStack finds a description line that opens with "Remote" and a
// programming language or framework name followed by a list mark, as job
// boards write a short teaser: "Remote Go, gRPC, Kafka." or "Remote Rust /
// WebAssembly". The word after "Remote" is matched with its usual
// capitals, so "Remote sensing, GIS" or "remote desktop, printers" (work
// topics) are not read, and a name followed by another word ("Remote Java
// debugging") is not a teaser either. Lines are walked by hand and only a
// line opening with "remote" meets the regexp, which keeps long texts cheap.
func leadRemoteStack(text string) []int {
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := strings.TrimSuffix(text[start:end], "\r")
		rest := strings.TrimLeft(line, " \t")
		if len(rest) > 7 && strings.EqualFold(rest[:6], "remote") && (rest[6] == ' ' || rest[6] == '\t') {
			if loc := leadRemoteStackRe.FindStringIndex(line); loc != nil {
				return []int{start + loc[0], start + loc[1]}
			}
		}
		start = end + 1
	}
	return nil
}

var leadRemoteStackRe = regexp.MustCompile(`^[ \t]*(?i:remote)[ \t]+(?:Python|Java|JavaScript|TypeScript|Go|Golang|Rust|Ruby|PHP|Kotlin|Swift|Scala|Elixir|C#|C\+\+|\.NET|Node\.js|NodeJS|React|Angular|Vue(?:\.js)?|Django|FastAPI|Flask|Rails|Laravel|Flutter)[ \t]*(?:[,;/+]|\.(?:[ \t]|$))`)
