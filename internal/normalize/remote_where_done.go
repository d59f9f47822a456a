package normalize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Where English postings say the work is done (table
// tests in remote_where_done_test.go). General shapes, no word lists of places:
//
//   - an on-site statement that opens a sentence and names the place with a
//     capital ("... offices in four cities. Onsite in Austin."), or a
//     required in-office presence ("In-office presence required in
//     Denver"): on-site, even where a remote-culture line came first
//     ("our remote-first culture", "our remote team of 200");
//   - the role called a poor fit for remote work ("this job isn't a fit
//     for fully remote working"): on-site, over a remote hint;
//   - a statement that the role itself is remote ("This is a remote
//     role") over the company's hybrid policy named as "our" ("learn more
//     about our hybrid working model");
//   - a site's name built on the word ("Remote.com is hiring") is no
//     line-opening or lone "Remote".

var onsitePlaceStatement = newKeyRegexp(`(?i)(?:(?:^|[.!?;]\s+|\n\s*)on[- ]?site (?:in|at) \p{L}|\b(?:in[- ]office|in[- ]person|on[- ]?site) presence (?:is )?(?:required|mandatory)\b|\b(?:is ?n['’]?t|is not|not) (?:a )?(?:good |great |right )?fit for (?:a )?(?:fully |100% )?remote\b)`, 24, 24,
	"onsite in", "onsite at", "on-site in", "on-site at", "on site in", "on site at", "office presence", "person presence", "site presence", "fit for")

// laterRemoteClause is a later part of the sentence that makes an opening
// on-site statement a visit or a start: "then remote", "or remote".
var laterRemoteClause = regexp.MustCompile(`(?i)^[^.!?\n]*\b(?:remote|hybrid|then|first|onboarding|week|month|quarter|year)`)

// onsitePlaceSaid returns the on-site statement, or "".
func onsitePlaceSaid(text string) string {
	for _, m := range onsitePlaceStatement.FindAllStringIndex(text, 4) {
		s := text[m[0]:m[1]]
		end := text[m[1]:min(len(text), m[1]+70)]
		switch {
		case containsFold(s, "fit for"):
			return strings.TrimSpace(s)
		case containsFold(s, "presence"):
			if laterRemoteClause.MatchString(end) || hasDigitByte(end) {
				continue // "in-office presence required 2 days a week"
			}
			return strings.TrimSpace(s)
		default:
			r, n := utf8.DecodeLastRuneInString(s)
			if !unicode.IsUpper(r) || laterRemoteClause.MatchString(text[m[1]-n:min(len(text), m[1]+70)]) {
				continue // "on-site in the lab", "Onsite in Austin, then remote"
			}
			return strings.TrimLeft(s, ".!?; \t\n")
		}
	}
	return ""
}

func hasDigitByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// roleItselfRemote is the role itself called remote.
var roleItselfRemote = newKeyRegexp(`(?i)\b(?:this is an? (?:fully |100% )?remote (?:role|position|job|opportunity)|(?:this|the) (?:role|position|job) is (?:an? )?(?:fully |100% )?remote)\b`, 40, 30,
	"is a remote", "is a fully remote", "is a 100% remote", "is remote", "is fully remote", "is 100% remote")

// ourHybridPolicy reports a hybrid cue at loc that names the company's
// policy ("about our hybrid working model") or other teams' week in a text that calls the role
// itself remote; it returns that statement.
func ourHybridPolicy(text string, loc []int) string {
	before := strings.ToLower(text[max(0, loc[0]-5):loc[0]])
	if !strings.HasSuffix(before, "our ") && !otherTeamsHybrid(text, loc) { // "Other teams work a hybrid schedule" (remote_other_teams_hybrid.go)
		return ""
	}
	for _, m := range roleItselfRemote.FindAllStringIndex(text, 4) {
		after := text[m[1]:min(len(text), m[1]+24)]
		if hasDigitByte(after) || containsFold(after, "day") {
			continue // "this role is remote two days a week"
		}
		return text[m[0]:m[1]]
	}
	return ""
}

// remoteDomainAt reports a remote word ending in a dot that starts a
// site's name: "Remote.com", "remote.co".
func remoteDomainAt(text string, loc []int) bool {
	e := loc[1]
	for e > loc[0] && (text[e-1] == ' ' || text[e-1] == '\t') {
		e--
	}
	return e > loc[0] && text[e-1] == '.' && e < len(text) && isLetterByte(text[e])
}

// firstSkippingDomains is re.FindStringIndex skipping site names and
// technology compounds (remote_lead_compound.go).
func firstSkippingDomains(re *regexp.Regexp, text string) []int {
	for _, loc := range re.FindAllStringIndex(text, 4) {
		if !remoteDomainAt(text, loc) && !remoteCompoundAt(text, loc) {
			return loc
		}
	}
	return nil
}

// onsitePlaceMode is the on-site reading of onsitePlaceSaid.
func onsitePlaceMode(text string) (model.Remote, string) {
	if ev := onsitePlaceSaid(text); ev != "" {
		return model.RemoteOnsite, ev
	}
	return model.RemoteUnknown, ""
}
