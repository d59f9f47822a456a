package normalize

import "regexp"

// A role said not to be remote in the middle of a sentence (table tests in
// remote_not_remote_test.go): "This is not remote; on-site in Denver",
// "the position is not remote", "it won't be remote". The sentence-opening
// "Not remote" and "not a remote role" are read by the on-site cues; a
// denial of another thing ("is not remote-first", "not remote only") is not
// read here.
var notRemoteCopula = regexp.MustCompile(`(?i)\b(?:this|it|(?:the|this) (?:role|position|job|opening|vacancy|opportunity|post))\s+(?:is\s+not|isn['’]t|will\s+not\s+be|won['’]t\s+be)\s+(?:an?\s+)?(?:fully\s+|100%\s+)?remote\b((?:\s*[-‐]|\s+(?:first|friendly|only|eligible)\b)?)`)

// notRemoteSaid returns the denial, or "".
func notRemoteSaid(text string) string {
	if !containsFold(text, " remote") || !(containsFold(text, "not") || containsFold(text, "n't") || containsFold(text, "n’t")) {
		return ""
	}
	for _, m := range notRemoteCopula.FindAllStringSubmatchIndex(text, 4) {
		if m[3] > m[2] {
			continue // "is not remote-first"
		}
		return text[m[0]:m[1]]
	}
	return ""
}
