package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// worldRemoteAloneCases pin region_world_remote_alone.go: the world scope
// and "remote" standing alone as a line or a sentence. Traps: the pair
// before another word, inside a sentence, or before "-first".
var worldRemoteAloneCases = []truthCase{
	{name: "the whole description", p: model.Posting{Title: "Data Analyst", DescriptionText: "Global remote"}, remote: "remote", regions: "worldwide"},
	{name: "a line of its own", p: model.Posting{Title: "Data Analyst", RemoteHint: "Remote", DescriptionText: "We build billing tools for clinics.\nWorldwide remote\nStack: Go and Postgres."}, remote: "remote", regions: "worldwide"},
	{name: "a short sentence", p: model.Posting{Title: "Data Analyst", RemoteHint: "Remote", DescriptionText: "Global remote. We pay twice a month."}, remote: "remote", regions: "worldwide"},

	{name: "trap: another word after", p: model.Posting{Title: "Data Analyst", RemoteHint: "Remote", DescriptionText: "Global remote company building payroll tools."}, remote: "remote", regions: "none"},
	{name: "trap: inside a sentence", p: model.Posting{Title: "Data Analyst", RemoteHint: "Remote", DescriptionText: "You join a worldwide remote."}, remote: "remote", regions: "none"},
	{name: "trap: remote-first", p: model.Posting{Title: "Data Analyst", RemoteHint: "Remote", DescriptionText: "Worldwide remote-first.\nWe sell to shops."}, remote: "remote", regions: "none"},
}

func TestWorldRemoteAloneCases(t *testing.T) {
	for _, tc := range worldRemoteAloneCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
