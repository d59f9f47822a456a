package normalize

import "regexp"

// hybridNote is "(Hybrid)" closing the first sentence of the description:
// "Data Analyst at Acme (Hybrid). Pay: ...". The body already reads the
// same note with remote ("(Remote)"); a bracketed hybrid word ending the
// opening sentence says where the work is done just as plainly. A note
// further on ("Great perks (Hybrid)" on a later line) or inside a sentence
// ("Bandung (Hybrid) or Jakarta", "On-site (hybrid) in Oslo") is left to
// the other readers.
var hybridNote = regexp.MustCompile(`(?i)^[^.!?\n]*?(\(\s*hybrid\s*\))\s*(?:[.!;\n]|$)`)

// hybridNoteAt is the hybrid note closing the first sentence of text; nil
// when there is none. Only text holding the word "hybrid" runs the regexp.
func hybridNoteAt(text string) []int {
	if !hasFold(text, "hybrid") {
		return nil
	}
	if m := hybridNote.FindStringSubmatchIndex(text); m != nil {
		return m[2:4]
	}
	return hybridNoteCommaAt(text) // "Charlotte NC (Hybrid), via a recruiter." (remote_hybrid_note_comma.go)
}
