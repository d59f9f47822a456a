package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// headerPipeCodeCases pin remote_header_pipe_code.go: a header segment of
// "remote" and a country code in capitals the main header reader does not
// list. Traps: a US state code, a job-function code, lower case, more
// words, the company segment, a later line, a code that is no country.
var headerPipeCodeCases = []truthCase{
	{name: "remote then a code mid header", p: model.Posting{Title: "Go Developer", DescriptionText: "Nordwind | Go Developer | REMOTE KZ | Full-time"}, remote: "remote", regions: "KZ"},
	{name: "remote dash a code at the end", p: model.Posting{Title: "Designer", DescriptionText: "Lumen Studio | Designer | Remote - UA"}, remote: "remote", regions: "UA"},
	{name: "a code then remote", p: model.Posting{Title: "Data Engineer", DescriptionText: "Orbit Freight | Data Engineer | BY remote | Contract"}, remote: "remote", regions: "BY"},
	{name: "remote and a bracketed code", p: model.Posting{Title: "Tester", DescriptionText: "Kettle Labs | Tester | Remote (CZ)"}, remote: "remote"},
	{name: "the header above a description", p: model.Posting{Title: "SRE", DescriptionText: "Pinecone Works | SRE | REMOTE RS\nWe run ledgers for small banks."}, remote: "remote", regions: "RS"},

	{name: "trap: a US state code", p: model.Posting{Title: "Planner", DescriptionText: "Harbor Co | Planner | REMOTE GA | Full-time"}, regions: "!GA"},
	{name: "trap: a job-function code", p: model.Posting{Title: "Tester", DescriptionText: "Kettle Labs | REMOTE QA | Contract"}, regions: "!QA"},
	{name: "trap: no before remote", p: model.Posting{Title: "Clerk", DescriptionText: "Harbor Co | Clerk | NO REMOTE | Oslo office"}, remote: "!remote"},
	{name: "trap: a lower-case code", p: model.Posting{Title: "Tester", DescriptionText: "Kettle Labs | Tester | remote kz"}, regions: "!KZ"},
	{name: "trap: more words in the segment", p: model.Posting{Title: "Tester", DescriptionText: "Kettle Labs | REMOTE KZ team lead wanted"}, regions: "!KZ"},
	{name: "trap: the company segment", p: model.Posting{Title: "Tester", DescriptionText: "REMOTE KZ | Tester | Contract"}, regions: "!KZ"},
	{name: "trap: a later line", p: model.Posting{Title: "Tester", DescriptionText: "We test payment apps.\nKettle Labs | REMOTE KZ"}, regions: "!KZ"},
	{name: "trap: two letters that name no country", p: model.Posting{Title: "Tester", DescriptionText: "Kettle Labs | Tester | REMOTE XQ"}, remote: "!remote"},
	{name: "trap: an on-site header stays", p: model.Posting{Title: "Tester", DescriptionText: "Kettle Labs | Tester | ONSITE | REMOTE KZ"}, remote: "onsite"},
}

func TestHeaderPipeCodeCases(t *testing.T) {
	runFieldCases(t, headerPipeCodeCases)
}

func TestRemoteCodeSegment(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"REMOTE KZ", "KZ"}, {"Remote - UA", "UA"}, {"Remote (CZ)", "CZ"}, {"BY remote", "BY"}, {"remote: RS", "RS"},
		{"REMOTE GA", ""}, {"REMOTE QA", ""}, {"NO REMOTE", ""}, {"remote kz", ""}, {"REMOTE", ""},
		{"REMOTE KZ ONLY", ""}, {"REMOTE XQ", ""}, {"Remote Kazakhstan", ""}, {"HYBRID KZ", ""},
	} {
		if got := remoteCodeSegment(c.in); got != c.want {
			t.Errorf("remoteCodeSegment(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
