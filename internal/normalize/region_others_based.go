package normalize

import (
	"regexp"
	"strings"
)

// A "based in" or "located in" whose subject is someone other than the
// person hired says where that someone is, not where the role may be done
// from: "Our headquarters are based in the UK", "Our employees are based
// in the UK", "The team is based in the Americas and works async", "our
// team is located in Europe". remoteRegions (remote.go) passes over such a
// match of bodyRegion and reads the next one, so "Our team is based in
// Berlin. You must be based in Germany." is still Germany.
//
// The subject is a possessive or an article and a noun for the company's
// own people, its seat, or other parties (customers, investors), then a
// copula; "candidates", "you" or "the successful applicant" are never such
// a subject, and "Our team is based in X, and so must you be" keeps no
// region from this sentence (the requirement names no place of its own).

// othersBasedSubject is the subject and copula right before the matched
// verb, read on at most the 80 bytes before it.
var othersBasedSubject = regexp.MustCompile(`(?i)\b(?:our|the|its|their|all\s+of\s+our|most\s+of\s+our)\s+(?:[\p{L}-]+\s+){0,2}?` +
	`(?:team|teams|employees|staff|people|workers|colleagues|engineers|developers|members|founders|leadership|management|` +
	`customers|clients|users|partners|investors|headquarters|hq|head\s+office|offices|office|company|business|parent\s+company)\s+` +
	`(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:mostly|mainly|largely|primarily|all|currently|already|also|predominantly)\s+)?$|` +
	// "colleagues based in Tokyo", "customers who are located in the US",
	// "work with teams based in Europe", "Coworkers are based in Chile":
	// a noun for others right before the verb, with or without a copula
	`\b(?:colleagues|teammates|teams|team\s+members|coworkers|co-workers|customers|clients|partners|investors|employees|staff|users|founders|offices|headquarters)\s+(?:(?:(?:who|that)\s+)?(?:are|is)\s+)?(?:(?:mostly|mainly|largely|primarily|all)\s+)?$|` +
	// "We are based in Amsterdam": the company's own seat
	`(?:^|[\s,(])(?:we\s+are|we're|we’re)\s+(?:(?:currently|also|mainly|primarily|proudly)\s+)?$|` +
	// "Routewise is a logistics SaaS company based in Miami": the seat too
	`\b(?:is|are)\s+an?\s+(?:[\p{L}\d-]+\s+){0,4}?(?:company|startup|start-up|scale-?up|firm|business|agency|organi[sz]ation|platform|studio|nonprofit|non-profit|charity|provider|marketplace|consultancy)\s+(?:(?:that|which)\s+is\s+)?$`)

// othersBasedVerb is the same subject with its verb, before a place read
// by a later word ("in the us"): "Our investors are located ".
var othersBasedVerb = regexp.MustCompile(`(?i)(?:based|located|headquartered|living)\s+$`)

// othersBased reports whether the bodyRegion match starting at i in text
// has such a subject in its own sentence.
func othersBased(text string, i int) bool {
	before := text[max(0, i-80):i]
	if k := strings.LastIndexAny(before, ".!?\n;"); k >= 0 {
		before = before[k+1:]
	}
	if len(before) < 6 {
		return false
	}
	return othersBasedSubject.MatchString(before)
}

// othersBasedBefore reports whether the text before i ends with such a
// subject and its verb: "Our investors are located " before "in the US".
func othersBasedBefore(text string, i int) bool {
	before := text[max(0, i-100):i]
	loc := othersBasedVerb.FindStringIndex(before)
	if loc == nil {
		return false
	}
	return othersBased(before, loc[0])
}
