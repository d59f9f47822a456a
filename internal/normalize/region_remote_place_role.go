package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A title-like phrase in the text that opens with "remote" and a place and
// ends at a role noun (table tests in region_remote_place_role_test.go):
// "Remote Canada Staff Backend Developer", "a Remote EMEA solutions
// architect". It is the mirror of roleRemotePlace (a role noun, then
// "remote" and a place): the place written between "remote" and the role
// is where the remote work may be done.
//
// Read for a remote listing that no other reader scoped, anywhere in the
// text; and for a listing with no mode read, when the phrase opens a line
// or follows a label's colon (a title line: "Open role: Remote Poland QA
// Tester"), which then is remote work in that place. The place is
// one to three words that are wholly a region's name or code (wholeRegion),
// the role after it at most four words ending in a role noun, with no
// function word among them, so a sentence ("Remote US teams work with our
// engineers") and a compound ("Remote Sensing Engineer") are not read.

// remotePlaceRoleNouns end the role of such a phrase.
var remotePlaceRoleNouns = map[string]bool{
	"engineer": true, "developer": true, "designer": true, "analyst": true, "manager": true,
	"scientist": true, "specialist": true, "consultant": true, "architect": true,
	"administrator": true, "writer": true, "editor": true, "assistant": true, "coordinator": true,
	"intern": true, "tester": true, "programmer": true, "marketer": true, "accountant": true,
	"recruiter": true, "representative": true, "technician": true, "translator": true,
	"tutor": true, "teacher": true, "freelancer": true, "lead": true, "director": true,
	"officer": true, "agent": true, "associate": true, "researcher": true, "strategist": true,
	"producer": true,
}

// remotePlaceRoleStops are words a role title does not hold: with one, the
// words after the place are a sentence, not a role.
var remotePlaceRoleStops = map[string]bool{
	"with": true, "and": true, "our": true, "the": true, "to": true, "for": true, "of": true,
	"in": true, "on": true, "at": true, "by": true, "from": true, "who": true, "that": true,
	"will": true, "are": true, "is": true, "work": true, "works": true, "team": true, "teams": true,
}

// reviseRemotePlaceRole scopes an unscoped remote listing by a "remote,
// place, role" phrase in text.
func reviseRemotePlaceRole(text string, ri RemoteInfo) RemoteInfo {
	unknown := ri.Remote == model.RemoteUnknown
	if !(unknown || ri.Remote == model.RemoteRemote) || len(ri.Regions) > 0 || !hasFold(text, "remote") {
		return ri
	}
	for from, n := 0, 0; n < 8; n++ {
		i := indexFoldFrom(text, "remote", from) // the folded copy: offsets are text's own
		if i < 0 {
			return ri
		}
		from = i + len("remote")
		if (i > 0 && isASCIILetter(text[i-1])) || from >= len(text) || text[from] != ' ' {
			continue // "nonremote", "remotely", "remote-first"
		}
		if unknown && !lineLead(text[:i]) {
			continue // "Report to the Remote Canada Support Lead": a colleague, not this job
		}
		if rs, ev := remotePlaceRole(text, i, from); rs != nil {
			ri.Remote, ri.Regions, ri.Evidence = model.RemoteRemote, rs, "text: "+ev
			return ri
		}
	}
	return ri
}

// remotePlaceRole reads the words after "remote" (text[start:end]) up to
// the clause's end as a place and a role; it returns the place's regions
// and the phrase, or nil.
func remotePlaceRole(text string, start, end int) ([]string, string) {
	rest := text[end:]
	if k := strings.IndexAny(rest, ".,;:!?()[]|\n"); k >= 0 {
		rest = rest[:k]
	}
	for _, sep := range []string{" - ", " – ", " — "} { // "... Engineer - apply below"
		if k := strings.Index(rest, sep); k >= 0 {
			rest = rest[:k]
		}
	}
	words := strings.Fields(rest)
	if len(words) < 2 || len(words) > 7 {
		return nil, ""
	}
	for n := min(3, len(words)-1); n >= 1; n-- {
		rs := wholeRegion(strings.Join(words[:n], " "))
		if len(rs) == 0 {
			continue
		}
		role := words[n:]
		if len(role) > 4 {
			return nil, ""
		}
		for _, w := range role {
			if remotePlaceRoleStops[strings.ToLower(w)] {
				return nil, ""
			}
		}
		last := strings.ToLower(role[len(role)-1])
		if !remotePlaceRoleNouns[last] && !(strings.HasSuffix(last, "s") && remotePlaceRoleNouns[last[:len(last)-1]]) {
			return nil, ""
		}
		return rs, text[start:end] + " " + strings.Join(words, " ")
	}
	return nil, ""
}

// lineLead reports whether before (the text before a phrase) ends where a
// line starts: nothing, a line break or a label's colon, then spaces.
func lineLead(before string) bool {
	before = strings.TrimRight(before, " \t")
	return before == "" || strings.HasSuffix(before, "\n") || strings.HasSuffix(before, ":")
}
