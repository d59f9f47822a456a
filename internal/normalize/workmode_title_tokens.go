package normalize

import (
	"regexp"
	"strings"
)

// Work-mode tokens in a title that the separator-bound readers (titleWhere,
// titlePlace) do not see, read as a location note (table tests in
// workmode_title_tokens_test.go):
//
//   - "WFO" (Indonesian and Malay job boards' "work from office") as a whole
//     word anywhere: "Backend Developer WFO di Medan" is on-site work;
//   - "Onsite"/"On-site" as the title's last word, or followed only by
//     place names and a relocation note: "Web Developer Surabaya Onsite",
//     "Software Engineer Onsite Singapore Relocation";
//   - "Work From Home"/"WFH" after a sentence stop: "Data Analyst Batam
//     Startup. Work From Home" (after a dash titlePlace reads it already).
//
// A negation right before the token ("no WFO", "not onsite", "tidak WFH")
// gives no note; a title naming WFO and WFH together ("WFO/WFH") is hybrid.
var (
	titleTokenKeys = newFoldWords("wfo", "wfh", "site", "work from home")

	// titleWFO is the Indonesian "work from office" token, a whole word
	// and not part of a path or address ("/wfo", "wfo.id").
	titleWFO = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}/._@])(wfo)(?:$|[^\p{L}\p{N}/_@.]|\.(?:\s|$))`)
	// titleWFH is "WFH" as a whole word anywhere (titlePlace reads it only
	// at the start or after a separator).
	titleWFH = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}/._@])(wfh)(?:$|[^\p{L}\p{N}/_@.]|\.(?:\s|$))`)
	// titleStopHome is home work after a sentence stop.
	titleStopHome = regexp.MustCompile(`(?i)[.!;]\s+(work(?:ing)? from home|wfh)\b`)
	// titleOnsiteWord is "onsite" or "on-site" as a whole word; what
	// follows it is judged by onsiteTail.
	titleOnsiteWord = regexp.MustCompile(`(?i)\bon-?site\b`)
	// titleTokenNeg is a negation right before a token.
	titleTokenNeg = regexp.MustCompile(`(?i)(?:\b(?:no|not|non|never|tidak|bukan|tanpa|without)\s*-?\s*|\bnon-)$`)
	// onsiteTailWord is a word that may follow a place after a trailing
	// "Onsite": a relocation or visa note, an Indonesian "in"/"placement".
	onsiteTailWord = regexp.MustCompile(`(?i)^(?:relocation|relocate|visa|sponsorship|sponsored|di|in|at|penempatan|only|role|position|job|\+|&|and|with)$`)
)

// titleWorkToken returns a place-of-work note for a title in the wording
// above ("Onsite", "Work From Home", "Hybrid"), or "".
func titleWorkToken(title string) string {
	if m := titleHomeBasedNote(title); m != "" {
		return m // "Home Based Sales Consultant" (remote_title_home_based_lead.go)
	}
	if len(title) > 200 || !titleTokenKeys.in(title) {
		return ""
	}
	wfo := containsFold(title, "wfo") && tokenNotDenied(title, titleWFO)
	wfh := containsFold(title, "wfh") && tokenNotDenied(title, titleWFH) || containsFold(title, "from home") && tokenNotDenied(title, titleStopHome)
	switch {
	case wfo && wfh:
		return "Hybrid" // "WFO/WFH", "WFO & WFH"
	case wfo:
		return "Onsite"
	case wfh:
		return "Work From Home"
	}
	if !containsFold(title, "onsite") && !containsFold(title, "on-site") {
		return ""
	}
	for _, m := range titleOnsiteWord.FindAllStringIndex(title, 3) {
		if titleTokenNeg.MatchString(title[:m[0]]) || !onsiteTail(title[m[1]:]) {
			continue
		}
		return "Onsite"
	}
	return ""
}

// tokenNotDenied reports whether re's first group matches title somewhere
// not right after a negation.
func tokenNotDenied(title string, re *regexp.Regexp) bool {
	for _, m := range re.FindAllStringSubmatchIndex(title, 3) {
		if !titleTokenNeg.MatchString(title[:m[2]]) {
			return true
		}
	}
	return false
}

// onsiteTail reports whether the words after a title's "Onsite" leave it a
// note of the place of work: nothing, or only place names and relocation
// words ("Singapore Relocation", "di Balikpapan"), not the rest of a role
// ("Onsite Support Engineer" in mid-title says what the support is).
func onsiteTail(rest string) bool {
	rest = strings.TrimLeft(rest, " )]-–—|,:")
	if rest == "" {
		return true
	}
	words := strings.Fields(strings.NewReplacer("(", " ", ")", " ", ",", " ", "/", " ").Replace(rest))
	if len(words) > 4 {
		return false
	}
	place := false
	for _, w := range words {
		switch {
		case onsiteTailWord.MatchString(w):
		case len(regionList(w)) > 0:
			place = true
		default:
			return false
		}
	}
	return place
}
