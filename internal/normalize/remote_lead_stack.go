package normalize

import "regexp"

// leadRemoteStack finds a description line that opens with "Remote" and a
// programming language or framework name followed by a list mark, as job
// boards write a short teaser: "Remote Go, gRPC, Kafka." or "Remote Rust /
// WebAssembly". The word after "Remote" is matched with its usual
// capitals, so "Remote sensing, GIS" or "remote desktop, printers" (work
// topics) are not read, and a name followed by another word ("Remote Java
// debugging") is not a teaser either.
func leadRemoteStack(text string) []int {
	return leadRemoteStackRe.FindStringIndex(text)
}

var leadRemoteStackRe = regexp.MustCompile(`(?m)^[ \t]*(?i:remote)[ \t]+(?:Python|Java|JavaScript|TypeScript|Go|Golang|Rust|Ruby|PHP|Kotlin|Swift|Scala|Elixir|C#|C\+\+|\.NET|Node\.js|NodeJS|React|Angular|Vue(?:\.js)?|Django|FastAPI|Flask|Rails|Laravel|Flutter)[ \t]*(?:[,;/+]|\.(?:[ \t]|$))`)
