package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// remoteJobsSentenceCases pin remote_jobs_sentence.go: a board category
// "Remote Jobs." standing as a sentence of its own. Traps: the plural
// inside a sentence, a menu line without a full stop, a stated on-site
// or hybrid mode, and a singular form the older cues already read.
var remoteJobsSentenceCases = []truthCase{
	{name: "summary with the category between stops", p: model.Posting{Title: "Warehouse Clerk", Locations: []string{"Surabaya"}, DescriptionText: "Apply for Warehouse Clerk at Northwind. Remote Jobs. Job Location: Surabaya\nCount the stock."}, remote: "remote"},
	{name: "category sentence opening the text", p: model.Posting{Title: "Tutor", DescriptionText: "Remote Jobs. Tutor maths to teenagers."}, remote: "remote"},
	{name: "category sentence on its own line", p: model.Posting{Title: "Tutor", DescriptionText: "Tutor maths to teenagers.\nremote jobs.\nApply by Friday."}, remote: "remote"},

	{name: "trap: more remote jobs on a board", p: model.Posting{Title: "Tutor", Locations: []string{"Surabaya"}, DescriptionText: "Tutor maths to teenagers. Find more remote jobs."}, remote: "unknown"},
	{name: "trap: remote jobs at the end of a sentence", p: model.Posting{Title: "Tutor", DescriptionText: "Tutor maths in our Leeds centre. Our sister site lists remote jobs."}, remote: "!remote"},
	{name: "trap: a menu line", p: model.Posting{Title: "Tutor", DescriptionText: "Browse\nRemote Jobs\nDesign Jobs\nTutor maths to teenagers."}, remote: "unknown"},
	{name: "trap: on-site stated beside the category", p: model.Posting{Title: "Tutor", DescriptionText: "Remote Jobs. This role is fully on-site in Leeds."}, remote: "onsite"},
	{name: "trap: a hybrid field", p: model.Posting{Title: "Tutor", RemoteHint: "Hybrid", DescriptionText: "Apply for Tutor at Northwind. Remote Jobs."}, remote: "hybrid"},
	{name: "trap: remote jobseekers", p: model.Posting{Title: "Tutor", DescriptionText: "We coach remote jobs.seekers weekly."}, remote: "unknown"},
}

func TestRemoteJobsSentenceCases(t *testing.T) {
	runFieldCases(t, remoteJobsSentenceCases)
}
