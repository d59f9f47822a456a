package normalize

import (
	"regexp"
	"strings"
)

// Work-mode shapes that a broad sample of other projects' tables
// showed unread (table tests in remote_hybrid_nouns_home_fields_test.go):
//
//   - "hybrid" before an employment word and a job noun: "A hybrid
//     full-time role.", "hybrid, permanent position", "Hybrid contract
//     job" (bodyHybrid wants the job noun right after "hybrid");
//   - a hybrid office as the place the work is done from: "three days a
//     week from our hybrid office", "based in the hybrid office" (not a
//     company that builds "hybrid office furniture": the article and the
//     place preposition are needed);
//   - German occasional work from home in a location note: "Wien
//     (gelegentlich von zu Hause aus arbeiten)", "teilweise von zuhause":
//     hybrid, as the English "occasional home office" note already is;
//   - a description that opens with a title line whose last part is a
//     place and "Hybrid": "Frontend Working Student - Berlin Hybrid";
//   - a short title tail or field "100% z domu", "z domova" (Czech and
//     Slovak "from home") is remote work, like "Práca z domu" (the words
//     are in shortModeWords, workmode_short_values.go).
var (
	hybridEmploymentRole = regexp.MustCompile(`(?i)\bhybrid,?\s+(?:(?:full|part)[- ]?time|permanent|contract|temporary|fixed[- ]term)[,]?\s+(?:role|position|job|opportunity|post|vacancy|contract)\b`)
	hybridOfficeFrom     = regexp.MustCompile(`(?i)\b(?:from|in|at|to)\s+(?:our|the)\s+hybrid\s+offices?\b`)
	germanPartHome       = regexp.MustCompile(`(?i)\b(?:gelegentlich|teilweise|zeitweise|tageweise|anteilig)\b(?:\s+[\p{L}]+){0,2}?\s+(?:von\s+)?zu\s*hause\b`)
)

// hybridNounMode finds the first two shapes in a text that holds "hybrid"
// (the caller has checked): the phrase, or "".
func hybridNounMode(text string) string {
	if loc := hybridEmploymentRole.FindStringIndex(text); loc != nil {
		return text[loc[0]:loc[1]]
	}
	if ev := headLinePlaceHybrid(text); ev != "" {
		return ev
	}
	if loc := hybridOfficeFrom.FindStringIndex(text); loc != nil {
		if !hybridOfficeThing.MatchString(text[loc[1]:]) {
			return text[loc[0]:loc[1]]
		}
	}
	return ""
}

// hybridOfficeThing follows a hybrid office that is a product, not a
// workplace: "in the hybrid office market".
var hybridOfficeThing = regexp.MustCompile(`(?i)^\s*(?:market|furniture|products?|solutions?|software|equipment|design)\b`)

// occasionalHomeField reports a location entry or hint that grants German
// occasional work from home.
func occasionalHomeField(f string) bool {
	if len(f) < 12 || len(f) > 160 || !containsFold(f, "hause") {
		return false
	}
	return germanPartHome.MatchString(f)
}

// headPlaceHybrid is the last part of an opening title line: one to three
// capitalized words and "Hybrid" at the line's end.
var headPlaceHybrid = regexp.MustCompile(`\s[-–—|]\s+((?:\p{Lu}[\p{L}.'-]*\s+){1,3}(?i:hybrid))\s*$`)

// headLinePlaceHybrid reads the description's first non-blank line when it
// is a short title line with no sentence stop: the place and "Hybrid", or "".
func headLinePlaceHybrid(text string) string {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
		i++
	}
	end := i
	for end < len(text) && text[end] != '\n' && end-i <= 120 {
		end++
	}
	line := text[i:end]
	if end-i > 120 || len(line) < 10 || !containsFold(line, "hybrid") || strings.ContainsAny(line, ".!?:;") {
		return ""
	}
	if m := headPlaceHybrid.FindStringSubmatch(strings.TrimRight(line, " \t\r")); m != nil {
		return m[1]
	}
	return ""
}
