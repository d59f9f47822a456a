package normalize

// A role said not to be remote in the middle of a sentence (table tests in
// remote_not_remote_test.go): "This is not remote; on-site in Denver",
// "the position is not remote", "it won't be remote". The sentence-opening
// "Not remote" and "not a remote role" are read by the on-site cues; a
// denial of another thing ("is not remote-first", "not remote only") is not
// read here.
var notRemoteCopula = newKeyRegexp(`(?i)\b(?:this|it|(?:the|this) (?:role|position|job|opening|vacancy|opportunity|post))\s+(?:is\s+not|isn['’]t|will\s+not\s+be|won['’]t\s+be)\s+(?:an?\s+)?(?:fully\s+|100%\s+)?remote\b((?:\s*[-‐]|\s+(?:first|friendly|only|eligible)\b)?)`, 72, 32,
	"not remote", "not a remote", "not fully remote", "not 100% remote", "not be remote", "n't remote", "n't be remote")

// notRemoteSaid returns the denial, or "" (the key scan finds the denial's
// words first).
func notRemoteSaid(text string) string {
	for _, m := range notRemoteCopula.FindAllStringSubmatchIndex(text, 4) {
		if m[3] > m[2] {
			continue // "is not remote-first"
		}
		return text[m[0]:m[1]]
	}
	return ""
}
