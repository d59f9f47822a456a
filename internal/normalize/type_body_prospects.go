package normalize

import "regexp"

// A description often names, after the post's own kind, a kind it may
// turn into later: "a part-time post with the possibility of becoming a
// full-time contract position", "High performers could become full-time
// employees", "may lead to a permanent contract". That later kind is a
// prospect, not the post's kind. prospectClause finds the prospect's lead
// words and the rest of its sentence; maskProspects blanks them before the
// description cues run, so the kind stated before it is read.
var prospectClause = newKeyRegexp(`(?i)\b(?:(?:possibility|opportunity|option|chance|potential|prospect)s?\s+(?:of|to|for)\s+(?:becoming|become|converting|convert|transitioning|transition|moving|move|switching|switch|turning|turn)|(?:may|could|can|might|will)\s+(?:later\s+|eventually\s+|potentially\s+)?(?:become|convert|transition|turn\s+into|lead\s+to))\b([^.;!?\n]{0,120})`, 70, 130,
	"becom", "convert", "transition", "moving", "move", "switch", "turn", "lead")

// prospectNotKind is the start of a prospect that is about joining, not
// about a kind of post: "the opportunity to become part of our team".
var prospectNotKind = regexp.MustCompile(`(?i)^\s*(?:an?\s+)?(?:part|member|one)\s+of\b`)

// maskProspects blanks each prospect of prospectClause. Text without one
// is returned as it is.
func maskProspects(text string) string {
	var spans asideSpans // remote_scopes.go
	for _, m := range prospectClause.FindAllStringSubmatchIndex(text, 4) {
		if m[2] >= 0 && prospectNotKind.MatchString(text[m[2]:m[3]]) {
			continue
		}
		spans = append(spans, [2]int{m[0], m[1]})
	}
	for _, m := range frenchProspect.FindAllStringIndex(text, 4) { // "évolution en CDI" (type_body_prospect_fr_travel_ppo.go)
		spans = append(spans, [2]int{m[0], m[1]})
	}
	return spans.apply(text)
}

// contractCondition is a mention of the staff's own contract as the thing
// something depends on: "benefits depending on their fixed term contract",
// "leave according to your employment type". It names what each hire
// has, not the post's kind, so maskContractConditions blanks it.
var contractCondition = newKeyRegexp(`(?i)\b(?:depending|dependent|based|depends|depend)\s+(?:up)?on\s+(?:their|your|his|her|each\s+employee'?s|an\s+employee'?s)\s+(?:[\w-]+\s+){0,3}?(?:contract|employment\s+(?:type|status)|contract\s+type)s?\b|\baccording\s+to\s+(?:their|your|his|her)\s+(?:[\w-]+\s+){0,3}?(?:contract|employment\s+(?:type|status))s?\b`, 0, 80,
	"depend", "based", "according")

// maskContractConditions blanks each mention of contractCondition.
func maskContractConditions(text string) string {
	var spans asideSpans // remote_scopes.go
	for _, m := range contractCondition.FindAllStringIndex(text, 4) {
		spans = append(spans, [2]int{m[0], m[1]})
	}
	return spans.apply(text)
}
