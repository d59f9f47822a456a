package normalize

import (
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/internal/model"
)

// two general shapes.
//
// 1. A boolean remote flag that is false ("false", "no", "0") is the board
// saying nothing more than "not flagged"; a location field that states the
// remote mode itself ("Worldwide", "Remote - EU") is the employer's own
// words and wins. A false flag beside a plain city stays on-site, and so
// does one beside "Home Office", which US employers use for a head office.
//
// The same holds for a work-type field beside the flag: a false flag and
// "Hybrid" as the job's type is hybrid (falseFlagField), and for the
// description's own mode sentence ("This is a hybrid role, 2 days in
// office", "This is a fully remote role").
//
// 2. A sentence that opens with "Remote" and names the job a few words
// later is a remote job: "Remote Go and Postgres position." The words in
// between must not be a field ("Remote sensing role"), another mode
// ("Remote or hybrid position") or an office. A sentence that opens with
// "Hybrid" and goes on with the arrangement is hybrid (hybridLead).
//
// Table tests in remote_false_flag_lead_job_test.go.

// falseFlagHint reports a remote hint that is a boolean false.
func falseFlagHint(hint string) bool {
	switch strings.ToLower(strings.TrimSpace(hint)) {
	case "false", "no", "0":
		return true
	}
	return false
}

// falseFlagField gives the mode a work-type field states in place of a
// false remote flag: "false" beside "remote" or "hybrid" is that field.
func falseFlagField(hint, employmentType string) string {
	if employmentType == "" || !falseFlagHint(hint) {
		return hint
	}
	if f := employmentPlace(employmentType); f != "" {
		return f
	}
	return hint
}

// remoteLeadJob is a sentence opening "Remote" that names the job within
// five words: "Remote Python and Django role". The second form is a
// role's name in capitals right after "Remote" with the sentence going on
// in small letters: "Remote Mobile Tester checking our apps ..." (a
// heading line of the role's name alone is read elsewhere). Its words in
// between are the second group.
var remoteLeadJob = newKeyRegexp(`(?:^|[.!?;:]\s+|\n\s*)Remote\s+((?:[\p{L}+#./-]+,?\s+){0,5}?)(?:role|position|job|opportunity|opening|contract)s?\b|(?:^|[.!?;:]\s+|\n\s*)Remote\s+((?:\p{Lu}[\p{L}+#./-]*\s+){0,3})(?:Developer|Engineer|Designer|Analyst|Writer|Manager|Consultant|Specialist|Scientist|Architect|Accountant|Assistant|Administrator|Recruiter|Editor|Marketer|Tester)s?\s+\p{Ll}`, 6, 90, "remote")

// hybridLead is a sentence opening "Hybrid" that goes on with the
// arrangement: "Hybrid with remote days available", "Hybrid Tuesday to
// Thursday.", "Hybrid (3 days in the office)". "Hybrid cloud" and the
// like go on with a noun and are not read.
var hybridLead = newKeyRegexp(`(?:^|[.!?;:]\s+|\n\s*)Hybrid(?:\s+with\s+(?:remote|home|office|flexible|some)\b|\s+(?i:mon|tues|wednes|thurs|fri)days?\b|\s*[,(]\s*\d\s*(?:days?|x)\b)`, 6, 40, "hybrid")

// remoteLeadJobStop is a word between "Remote" and the job that makes the
// phrase something else: a field named "remote ...", another mode, a place.
var remoteLeadJobStop = lazyRe(`(?i)\b(?:sensing|monitoring|patient|patients|access|control|controlled|desktop|device|devices|support|pilot|operated|operations|viewing|hybrid|on-?site|office|or|not|optional|possible|partially|part)\b`)

// reviseFalseFlagLeadJob applies both shapes after the other readers.
func reviseFalseFlagLeadJob(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteOnsite && strings.HasPrefix(ri.Evidence, "structured:") && falseFlagHint(hint) {
		// "Home Office" in an English field may be the head office: the
		// false flag decides it.
		if r, ev := fromLocations(locs); r == model.RemoteRemote && !containsFold(ev, "home") {
			// Read again without the flag: the description's own on-site
			// or hybrid words still narrow the place.
			if sub := ParseRemote("", locs, text); sub.Remote == model.RemoteRemote {
				return sub
			}
			return ri
		}
		// No remote place: the description's own mode sentence wins over
		// the bare false flag ("This is a hybrid role, 2 days in office";
		// a false remote flag says only that the job is not flagged fully
		// remote).
		if sub := ParseRemote("", locs, text); strings.HasPrefix(sub.Evidence, "text:") &&
			(sub.Remote == model.RemoteHybrid || sub.Remote == model.RemoteRemote) {
			return sub
		}
		return ri
	}
	if ri.Remote != model.RemoteUnknown || len(text) < 12 {
		return ri
	}
	for _, m := range remoteLeadJob.FindAllStringSubmatchIndex(text, 4) {
		if m[2] >= 0 && remoteLeadJobStop().MatchString(text[m[2]:m[3]]) ||
			m[4] >= 0 && remoteLeadJobStop().MatchString(text[m[4]:m[5]]) {
			continue
		}
		ev := text[m[0]:m[1]]
		if m[4] >= 0 {
			ev = strings.TrimRightFunc(ev, unicode.IsLower) // the small letter that shows the sentence goes on
		}
		ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+strings.TrimSpace(ev)
		ri.Regions = remoteRegions(locs, text)
		return ri
	}
	if m := hybridLead.FindStringIndex(text); m != nil {
		ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+strings.TrimSpace(text[m[0]:m[1]])
		ri.Regions = remoteRegions(locs, text)
	}
	return ri
}
