package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A posting that turns remote applicants away is on-site: "No remote or
// interstate applicants.", "Remote candidates will not be considered.",
// "We are not accepting remote applications." The other on-site readers
// know "no remote work" and "no remote options", but a refusal said of
// the applicants holds the word remote and so also kept the weaker
// on-site wording of the same text from counting. Only a refusal that
// ends its sentence counts: "No remote applicants from outside Canada"
// scopes a remote role and is left to the region readers. The reading
// fills an unknown mode only. Table tests in
// remote_no_remote_applicants_test.go.

// noRemoteApplicantsRe is the refusal; it is run only on windows around
// each "remote" of the text (the literal every match holds).
var noRemoteApplicantsRe = regexp.MustCompile(`(?i)\bno (?:(?:interstate|overseas|offshore|international)(?:,| or| and|/) ?)*remote(?:(?:,| or| and|/) ?(?:interstate|overseas|offshore|international|visa|sponsored))* (?:applicants|candidates|applications)\b|\bremote (?:applicants|candidates|applications) (?:will|can|could|would) not be (?:considered|accepted|reviewed)\b|\b(?:not|unable to) (?:accept|accepting|consider|considering) (?:any )?remote (?:applicants|candidates|applications)\b`)

// noRemoteApplicants returns the refusal in text, or "".
func noRemoteApplicants(text string) string {
	if !hasFold(text, "remote") || !hasFold(text, "applica") && !hasFold(text, "candidat") {
		return ""
	}
	for i, n := 0, 0; n < 8; n++ {
		at := indexFoldFrom(text, "remote", i)
		if at < 0 {
			return ""
		}
		lo, hi := max(0, at-60), min(len(text), at+70)
		if m := noRemoteApplicantsRe.FindStringIndex(text[lo:hi]); m != nil && sentenceEnds(text[lo+m[1]:]) {
			return text[lo+m[0] : lo+m[1]]
		}
		i = at + len("remote")
	}
	return ""
}

// refusalTail may follow a refusal before its sentence ends: "… for this
// role.", "…, please.", "… please." (the comma is often left out).
var refusalTail = regexp.MustCompile(`^(?i)\s*(?:for this (?:role|position|opening|job|vacancy)\b|,?\s*(?:please|sorry|thanks?|thank you)\b)`)

// sentenceEnds reports whether rest (the text after a match) begins with
// the end of its sentence: a stop, a closing bracket, a line break or
// nothing, after at most one refusalTail.
func sentenceEnds(rest string) bool {
	if m := refusalTail.FindStringIndex(rest[:min(len(rest), 40)]); m != nil {
		rest = rest[m[1]:]
	}
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case ' ', '\t':
			continue
		case '.', '!', ';', ')', '\n', '\r':
			return true
		}
		return false
	}
	return true
}

// reviseNoRemoteApplicants marks on-site a listing of unknown mode whose
// text refuses remote applicants.
func reviseNoRemoteApplicants(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown {
		return ri
	}
	if ev := noRemoteApplicants(text); ev != "" {
		ri.Remote, ri.Evidence, ri.Regions = model.RemoteOnsite, "text: "+ev, []string{}
	}
	return ri
}
