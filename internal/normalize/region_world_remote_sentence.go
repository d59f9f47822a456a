package normalize

import "strings"

// A sentence or a short description that opens with the world scope and
// the remote mode, with no article before them: "Worldwide remote
// position.", "Global remote role - we pay in USD." remoteEverywhere
// (regions_text.go) reads "this is a worldwide remote position" by its
// article; a heading-like sentence has none. Left alone: the pair inside a
// sentence ("our global remote team", "join 40 global remote engineers"),
// and the pair before a word that is no job ("Global remote work trends").

// worldRemoteJobWords are the words after the pair that make it the job.
var worldRemoteJobWords = []string{"position", "role", "job", "opportunity", "opening", "contract", "gig"}

// worldRemoteSentence reports whether a sentence of text opens with
// "worldwide remote" or "global remote" and a job word.
func worldRemoteSentence(text string) bool {
	for _, pair := range []string{"worldwide remote", "global remote", "global-remote", "worldwide-remote"} {
		from := 0
		for {
			i := indexFoldFrom(text, pair, from)
			if i < 0 {
				break
			}
			from = i + len(pair)
			if !sentenceOpensAt(text, i) {
				continue
			}
			rest := strings.ToLower(strings.TrimLeft(text[from:], " \t"))
			if worldRemoteAlone(rest) {
				return true // "Worldwide remote" as a line of its own (region_world_remote_alone.go)
			}
			for _, w := range worldRemoteJobWords {
				if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isASCIIWordChar(rest[len(w)]) && rest[len(w)] != '-') {
					return true
				}
			}
		}
	}
	return false
}

// sentenceOpensAt reports whether text[i:] starts a sentence: only white
// space, a bullet or a heading mark before it back to the start of text,
// a line break or a sentence's end.
func sentenceOpensAt(text string, i int) bool {
	j := i
	for j > 0 && strings.IndexByte(" \t*-•#>", text[j-1]) >= 0 {
		j--
	}
	return j == 0 || strings.IndexByte(".!?;:\n\r", text[j-1]) >= 0
}
