package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A board's category written as a sentence of its own: "Apply for Data
// Clerk at Northwind. Remote Jobs. Job Location: Surabaya". Boards that
// build a page summary from their fields put the listing's category
// between full stops; the singular forms ("Remote job.", "Remote
// position.") are already read by the body cues in remote.go. The plural
// is read only as a whole sentence, because inside a sentence it is
// usually a topic ("Find more remote jobs on our board", "Remote jobs are
// on the rise"). A menu line without a full stop ("Remote Jobs\nDesign
// Jobs") is left alone too. This fills an unknown mode only (table tests
// in remote_jobs_sentence_test.go).

// remoteJobsSentence is "Remote Jobs." standing as one sentence.
var remoteJobsSentence = regexp.MustCompile(`(?i)(?:^|[.!?]\s+|\n\s*)(remote jobs)\.(?:\s|$)`)

// reviseRemoteJobsSentence reads an unknown mode as remote when the text
// holds the category sentence (see above).
func reviseRemoteJobsSentence(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || !containsFold(text, "remote jobs.") {
		return ri
	}
	if m := remoteJobsSentence.FindStringSubmatch(text); m != nil {
		ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+m[1]
	}
	return ri
}
