package normalize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// ext9HintLocs adds a remote hint that is more than a flag ("US-only
// remote", "Fully remote LATAM", "Worldwide") to the places regions are
// read from; a bare flag ("Remote", "true") names no place and is left out.
func ext9HintLocs(hint string, locations []string) []string {
	if hint == "" || hintRemote(hint) != model.RemoteUnknown {
		return locations
	}
	return append(slices.Clip(locations), hint)
}

var (
	// ext9RoleWithin is a remote role limited to a place in the text: "a
	// remote position within the United States", "remote role in Canada".
	ext9RoleWithin = regexp.MustCompile(`(?i)\bremote (?:position|role|job|opportunity)s? (?:with)?in (?:the )?([\p{L}. ]{2,30}?)(?:[.,;:)!]|\s+(?:only|for|and|or|with|who)\b|$)`)
	// ext9LeadScope is a region before "remote" opening the text or a
	// clause: "USA remote", "EU remote only".
	ext9LeadScope = regexp.MustCompile(`(?:^|[\n.;(|•]\s*)(USA|US|U\.S\.|UK|EU|Europe|Canada|LATAM|EMEA|APAC|India)[ -][Rr]emote\b`)
)

// ext9Regions reads the two shapes above; nil when neither is there.
func ext9Regions(text string) []string {
	if !containsFold(text, "remote") {
		return nil
	}
	if m := ext9RoleWithin.FindStringSubmatch(text); m != nil {
		if rs := Regions(m[1]); len(rs) > 0 {
			return rs
		}
	}
	if m := ext9LeadScope.FindStringSubmatch(text); m != nil {
		return Regions(m[1])
	}
	return nil
}

// ext9LeadRemote reads "USA remote", "EU remote only" opening the text or a
// clause as remote when nothing else decided; unknown otherwise.
func ext9LeadRemote(text string) (model.Remote, string) {
	if !containsFold(text, "remote") {
		return model.RemoteUnknown, ""
	}
	if loc := ext9LeadScope.FindStringIndex(text); loc != nil && !ext8DeniedBefore(text, loc[0]) {
		return model.RemoteRemote, "text: " + text[loc[0]:loc[1]]
	}
	return model.RemoteUnknown, ""
}

var (
	// ext9LeadHybrid is "Hybrid" opening the text or a sentence before a
	// count of days: "Hybrid 3 days/week", "Hybrid: two days in office".
	ext9LeadHybrid = regexp.MustCompile(`(?i)(?:^|[.;!\n|•]\s*)hybrid\b[\s:,(–-]*(?:[1-4]|one|two|three|four)\s*days?\b`)
	// ext9NotEligible lists remote work among things the role is not
	// eligible for: "Not eligible for relocation, visa sponsorship, or
	// fully remote work."
	ext9NotEligible = regexp.MustCompile(`(?i)\bnot (?:eligible|available|open) for\b[^.;!?]{0,60}?\bremote\b`)
	// ext9TeamsMention names remote or hybrid colleagues, not this role's
	// arrangement: "collaborate with hybrid/remote teams".
	ext9TeamsMention = regexp.MustCompile(`(?i)\b(?:with|across|alongside|among)\s+(?:our\s+)?(?:hybrid|remote|distributed)(?:\s*(?:/|and|or|&)\s*(?:hybrid|remote|distributed|in-office|on-?site))?\s+(?:teams?|colleagues|teammates|stakeholders)\b`)
)

// ext9BodyCheck looks again at what the text alone read (fromBody): a
// leading "Hybrid 3 days/week" is hybrid where nothing was read, and so are
// on-site days inside a hybrid note; remote
// listed among what the role is not eligible for, or hybrid/remote said of
// other teams only, is no statement about this role.
func ext9BodyCheck(text string, r model.Remote, ev string) (model.Remote, string) {
	if r == model.RemoteUnknown {
		if loc := ext9LeadHybrid.FindStringIndex(text); loc != nil {
			return model.RemoteHybrid, "text: " + text[loc[0]:loc[1]]
		}
		return r, ev
	}
	if r == model.RemoteOnsite {
		// "London (hybrid, 1 day/wk onsite)": the on-site days of a hybrid role.
		if i := strings.Index(text, strings.TrimPrefix(ev, "text: ")); i >= 0 && ev != "" && ext9HybridClause(text, i) {
			return model.RemoteHybrid, "text: hybrid"
		}
		return r, ev
	}
	if r == model.RemoteRemote && ext9NotEligible.MatchString(text) {
		if r2, ev2 := fromBody(ext9NotEligible.ReplaceAllString(text, "")); r2 != model.RemoteRemote {
			return r2, ev2
		}
	}
	if ext9TeamsMention.MatchString(text) {
		return fromBody(ext9TeamsMention.ReplaceAllString(text, ""))
	}
	return r, ev
}

// ext9HybridClause reports "hybrid" earlier in the clause of an on-site
// phrase at text[at:]: "(hybrid, 1 day/wk onsite)", "hybrid - on-site two
// days". The clause starts after the last sentence stop or bracket opening
// within 40 bytes.
func ext9HybridClause(text string, at int) bool {
	before := text[max(0, at-40):at]
	if i := strings.LastIndexAny(before, ".;!?\n"); i >= 0 {
		before = before[i+1:]
	}
	return containsFold(before, "hybrid")
}
