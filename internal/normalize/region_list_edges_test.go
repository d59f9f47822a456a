package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// listEdgesCases pin region_list_edges.go: every place joined before an
// "only", and the last place of a list that runs into the next sentence;
// traps where the chain or the capital letter is no list.
var listEdgesCases = []truthCase{
	{name: "two places joined by or before only", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "Hiring now (Germany or Austria only)."}, regions: "DE,AT"},
	{name: "three places with commas before only", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "Open to Norway, Sweden and Denmark only."}, regions: "NO,SE,DK"},
	{name: "places joined by a slash before only", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "Chile/Peru only, please."}, regions: "CL,PE"},
	{name: "list into the next sentence without a stop", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "You must be legally authorized to work in one of: Mexico, Colombia, or Argentina We are a small team What you will do"}, regions: "MX,CO,AR"},
	{name: "trap: a place in the sentence before the only", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "We have offices in Lisbon and Madrid. Italy only."}, regions: "IT"},
	{name: "trap: languages before only", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "French and German only."}, regions: "none"},
	{name: "trap: a word that is no place joined before only", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "Full-time or Japan only."}, regions: "JP"},
	{name: "trap: a capitalised item that is no place", p: model.Posting{Title: "Support Lead", RemoteHint: "remote",
		DescriptionText: "You must be legally authorized to work in one of: Mexico, Colombia, or Other Countries We Add Later"}, regions: "MX,CO"},
	{name: "a capitalised preposition after remote", p: model.Posting{Title: "Support Lead", Locations: []string{"REMOTE IN CANADA"}}, regions: "CA"},
	{name: "trap: a state code after a comma stays the state", p: model.Posting{Title: "Support Lead", Locations: []string{"Remote, IN"}}, regions: "US"},
	{name: "trap: India written out after remote in", p: model.Posting{Title: "Support Lead", Locations: []string{"Remote in India"}}, regions: "IN"},
	{name: "remote unrestricted is the world", p: model.Posting{Title: "Support Lead", Locations: []string{"Remote - Unrestricted"}}, regions: "worldwide"},
	{name: "trap: a restricted remote label is no world", p: model.Posting{Title: "Support Lead", Locations: []string{"Remote (restricted)"}}, regions: "none"},
	{name: "South Sudan is not Sudan", p: model.Posting{Title: "Support Lead", RemoteHint: "remote", DescriptionText: "Candidates must be located in South Sudan."}, regions: "SS"},
	{name: "trap: Sudan stays Sudan", p: model.Posting{Title: "Support Lead", RemoteHint: "remote", DescriptionText: "Candidates must be located in Sudan."}, regions: "SD"},
}

func TestListEdgesCases(t *testing.T) {
	runFieldCases(t, listEdgesCases)
}
