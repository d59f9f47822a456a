package normalize

// A heading-like line that is the world scope and the remote mode and
// nothing else: "Worldwide remote", "Global remote." on a line of its own
// (round 107). worldRemoteSentence (region_world_remote_sentence.go) reads
// the pair before a job word; the pair alone, ending the text, its line or
// its sentence, says the same. Left alone as before: the pair before any
// other word ("Global remote company", "Worldwide remote work trends").

// worldRemoteAlone reports whether rest, the lower-cased text just after
// the pair with its spaces trimmed, ends the pair's sentence or line.
func worldRemoteAlone(rest string) bool {
	return rest == "" || rest[0] == '.' || rest[0] == '!' || rest[0] == '\n' || rest[0] == '\r'
}
